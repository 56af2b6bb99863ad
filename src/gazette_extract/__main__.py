"""python -m gazette_extract"""

from .app.cli import main

main()
