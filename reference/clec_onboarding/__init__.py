"""The CenturyLink CLEC onboarding pack (Negotiation Process V17.0, Getting Started V42.0): the
decisions the pages make for a carrier's facts (`onboarding`), rendered by `bill.render_decisions`."""

from ratecert.packs import DocumentPack
from ratecert_reference.clec_onboarding.bill import render_decisions
from ratecert_reference.clec_onboarding.records import OnboardingCase

PACK = DocumentPack.located(__name__, id="clec-onboarding", case_model=OnboardingCase, render=render_decisions,
                            capabilities=("onboarding",))
