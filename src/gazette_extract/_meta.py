"""Version numbers, importable without pulling in anything heavy."""

from typing import Final

__version__ = "0.1.0"
#: Version of the output contract (schemas/gazette.schema.json); bumped only on a breaking change.
SCHEMA_VERSION: Final = "1"  # Final: its type is Literal["1"], as models.Gazette declares it
