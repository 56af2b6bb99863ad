"""Version numbers, importable without pulling in anything heavy."""

__version__ = "0.1.0"
#: Version of the output contract (schemas/gazette.schema.json); bumped only on a breaking change.
SCHEMA_VERSION = "1"
