"""Regular expressions shared by the JSON Schema, the model, the converter and the rules.

Those the schema also writes as ``pattern`` keywords must stay identical to them; a test
holds them to it.
"""

URN_PATTERN = r"^(SC[0-9]{6}|[0-9]{7})$"
EVENT_NUMBER_PATTERN = r"^[0-9]{6,9}$"
CODE_PATTERN = r"^[a-z][a-z0-9_]*$"
PROVISION_PATTERN = (
    r"^[1-9][0-9]*(\([1-9][0-9]*\))?(\([a-z]{1,2}\))?"
    r"(\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)\))?$"
)
REGULATION_TEXT_PATTERN = r"^Regulation [0-9]+"
GUIDE_PARAGRAPH_PATTERN = r"^[0-9]+\.[0-9]+$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
YEAR_MONTH_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
"""A calendar month, YYYY-MM (the month a manager registered, since 1.2)."""
ISO_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
"""The form of a JSON Schema ``date`` (RFC 3339 full-date); the calendar is checked apart."""
