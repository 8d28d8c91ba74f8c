"""pytest wiring for the whole project: the ratecert plugin (--sut, --ratecert-log, the `sut` and
`billing` fixtures, verdicts) and the step definitions of every document's features."""

pytest_plugins = ["ratecert.plugin", "features.steps.billing_steps", "features.steps.rating_steps",
                  "features.steps.interconnection_steps", "features.steps.collocation_steps",
                  "features.steps.property_steps"]
