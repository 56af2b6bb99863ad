"""python -m gazette_extract"""

from .app.cli import console

console()
