"""Load: topics.yaml read with line and column, shape-checked against its schema, into the model."""
