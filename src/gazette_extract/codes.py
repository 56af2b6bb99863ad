"""Every warning and error code gazette-extract emits, with what it tells the user: one registry.

Stage 0 (data, imports nothing of the package): every stage that emits a code imports its
constant from here, so no code is ever spelled as a string literal anywhere else (a test scans
``src/`` for that), and the README's warnings table and error-code table are checked against
:data:`WARNINGS` and :data:`ERRORS` entry by entry.

*Warnings* go in ``result["warnings"]`` (``{"code", "message", "line"}``); the message adds the
specifics. *Errors* are the ``code`` of a :class:`gazette_extract.errors.GazetteError` and of a
batch error line ``{"source": …, "error": {"code", "message"}}``.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Warnings — something a user can check on the page (``--strict`` turns them into exit 1)
# ---------------------------------------------------------------------------------------------

NO_DOCUMENTS = "no-documents"
CONTENTS_NOT_FOUND = "contents-not-found"
DOCUMENT_NOT_IN_CONTENTS = "document-not-in-contents"
MISSING_DOC_NUMBER = "missing-doc-number"
MISSING_DATE = "missing-date"
MISSING_ISSUER = "missing-issuer"
NUMBER_YEAR_AFTER_DATE = "number-year-after-date"
TASK_COUNT_MISMATCH = "task-count-mismatch"
DEADLINE_UNKNOWN = "deadline-unknown"
TASK_WITHOUT_UNITS = "task-without-units"
UNIT_LIST_UNCLEAR = "unit-list-unclear"
PERSON_UNCLEAR = "person-unclear"
CLAUSE_CUT_OFF = "clause-cut-off"
ROSTER_ENTRY_UNREAD = "roster-entry-unread"
POSTS_UNPAIRED = "posts-unpaired"
CHANGE_ENTRY_UNREAD = "change-entry-unread"
UNTITLED_DOCUMENT = "untitled-document"
DOUBTFUL_TITLE = "doubtful-title"
METADATA_DIFFERS = "metadata-differs"
REPLACED_BYTES = "replaced-bytes"
REPLACED_CHARACTERS = "replaced-characters"
OCR_NEEDED = "ocr-needed"  # a warning per page, and an error when no page has text
OCR_LOW_CONFIDENCE = "ocr-low-confidence"

#: warning code → what it tells the user (emitted by: the module named in the comment)
WARNINGS: dict[str, str] = {
    NO_DOCUMENTS: "no official document was found: the text may not be a gazette",  # pipeline
    CONTENTS_NOT_FOUND: "the contents list a document that was not found in the text",  # pipeline
    DOCUMENT_NOT_IN_CONTENTS: "a document was found that the contents do not list",  # pipeline
    MISSING_DOC_NUMBER: "a document has no document number (文号)",  # pipeline
    MISSING_DATE: "a document has no date (成文日期)",  # pipeline
    MISSING_ISSUER: "a document has no issuer (落款)",  # pipeline
    NUMBER_YEAR_AFTER_DATE: "a document number's year is later than the document's date",  # pipeline
    TASK_COUNT_MISMATCH: "a category count such as （2件） disagrees with the tasks found",  # records/tasks
    DEADLINE_UNKNOWN: "a deadline could not be understood",  # records/tasks
    TASK_WITHOUT_UNITS: "a task names no responsible unit",  # records/tasks
    UNIT_LIST_UNCLEAR: "a unit list could not be read cleanly; its units were left out",  # records/tasks
    PERSON_UNCLEAR: "a 其 (免去其…职务) has no person in its own clause; the change was left out",  # records/appointments
    CLAUSE_CUT_OFF: "the text ends inside a clause that seems to state a personnel change; the change was left out",  # records/appointments, records/rosters
    ROSTER_ENTRY_UNREAD: "a roster line looks like a name and a post but the name was not recognised; no member was reported for it",  # records/rosters
    POSTS_UNPAIRED: "分别 pairs persons with posts but their counts differ; the changes were left out",  # records/appointments
    CHANGE_ENTRY_UNREAD: "a line of a list or table of changes begins with a name but its post was not read; no change was reported for it",  # records/appointments
    UNTITLED_DOCUMENT: "no document title was recognised; records were read from the whole text",  # pipeline
    DOUBTFUL_TITLE: "the line read as a document's title looks like something else (a question, a site's spam or chrome, a page label, metadata keys); the title was left empty",  # pipeline (layout/doubt)
    METADATA_DIFFERS: "the metadata block above a document disagrees with the printed document",  # layout/fields
    REPLACED_BYTES: "the page is not valid in any encoding; undecodable bytes were replaced with U+FFFD",  # pipeline, store/rows
    REPLACED_CHARACTERS: "the text has lone surrogates (not Unicode characters); they were replaced with U+FFFD",  # pipeline
    OCR_NEEDED: "a PDF page is a scanned image and OCR is not installed: its text is missing",  # text/pdf
    OCR_LOW_CONFIDENCE: "OCR of a page is uncertain: check the values read from it",  # text/pdf
}

# ---------------------------------------------------------------------------------------------
# Errors — an input that gives no result (``Error: …`` and an exit code; a batch error line)
# ---------------------------------------------------------------------------------------------

ERROR = "error"
INPUT = "input"
EMPTY = "empty"
DECODE = "decode"
UNSUPPORTED = "unsupported"
# OCR_NEEDED (above) is also the code of OcrNeededError
OUTPUT = "output"
DATABASE = "database"
QUERY = "query"
WORKER = "worker"

#: error code → what it means. The exception class and exit code of each are in ``errors.py``
#: (``GazetteError.code``); ``worker`` has no exception: the batch notices a dead worker.
ERRORS: dict[str, str] = {
    INPUT: "the file cannot be read (missing, no permission, damaged archive member, larger than `--max-size`)",
    EMPTY: "the file is empty",
    DECODE: "the bytes are not text in a known encoding (binary, an image, a wrong --encoding), or an encrypted, damaged or empty PDF",
    UNSUPPORTED: "a scan or office file named on the command line: convert it to text first",
    OCR_NEEDED: "a PDF of scanned pages only, and OCR is not installed (pip install 'gazette-extract[ocr]')",
    OUTPUT: "an output cannot be written",
    DATABASE: "an archive database cannot be used (locked, of a newer schema version, not a gazette-extract archive)",
    QUERY: "a query cannot be asked (a malformed document number or date, bad SQL, a write)",
    ERROR: "the pipeline failed on this file (a bug: please report it with the file)",
    WORKER: "the worker process died converting this file, twice (killed, or out of memory); with --cluster, three times",
}

#: the error codes a batch error line can carry (a file's own failure, not the run's)
BATCH_ERRORS: frozenset[str] = frozenset({INPUT, EMPTY, DECODE, UNSUPPORTED, OCR_NEEDED, ERROR, WORKER})
