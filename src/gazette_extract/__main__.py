"""python -m gazette_extract"""

from .cli import main

main()
