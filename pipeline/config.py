"""Paths and defaults in one place; nothing else hard-codes a path."""

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"  # domain data: word lists, lexicons (shipped with the package)

RAW_DIR = Path("data/raw")  # relative to the working directory, like the Makefile
OUT_DIR = Path("data/out")
GOLD_FILE = Path("data/gold/seeds.jsonl")

MODEL_NAME = "nl_core_news_sm"  # used as an extra signal when installed; never required
MAX_FILE_BYTES = 20_000_000  # one article (or one bulk file's record) larger than this is refused
BATCH_SIZE = 16  # articles handed to one worker call (and one step of the progress bar)
PROGRESS_MIN_ARTICLES = 5  # below this no progress bar is shown
