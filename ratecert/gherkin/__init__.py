"""The Gherkin side of the framework: the parse types the features' words use (`vocabulary`) and the
steps every document shares (`bill_steps`). A pack's own steps live in its package."""
