"""A hypothesis profile for the framework's own tests that certify a broken system: the
certification profile without its shrink phase. The examples are the certification's own
(derandomized, as many); only the shrinking of a failure once found is skipped - these tests need
the failure and the clause it names, not its smallest example, and shrinking through a SUT in its
own process costs more than the run. Load it with `-p tests.unshrunk_profile
--hypothesis-profile=ratecert-unshrunk` after `--`."""

from hypothesis import Phase, settings

import ratecert.plugin  # noqa: F401 - registers the certification profile this one derives from

settings.register_profile("ratecert-unshrunk", parent=settings.get_profile("ratecert-certification"),
                          phases=(Phase.explicit, Phase.generate, Phase.target))
UNSHRUNK = ("-p", "tests.unshrunk_profile", "--hypothesis-profile=ratecert-unshrunk")
