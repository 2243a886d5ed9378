"""Reading input files safely, the same way for every command.

Both commands read their inputs through this package, so each protection holds for
every kind of file, not only regular ones:

- :mod:`.opening`: a path opened for reading, or one line saying why it cannot be (the
  operating system's own reason: a loop of symbolic links, a name too long, permission
  denied); a named pipe with no program writing to it is waited for a bounded time
  (:data:`~.opening.PIPE_WAIT_SECONDS`), never for ever;
- :mod:`.bounded`: at most a size limit of bytes read from any file, enforced while
  reading, so a named pipe, a device or a ``/proc`` file cannot exceed it;
- :mod:`.folders`: the files under a folder, and each folder inside it that cannot be
  listed;
- :mod:`.display`: file names and messages shown on one line (bytes that are not UTF-8 and
  control characters escaped).
- :mod:`.expansion`: what a workbook's sheets would take once python-calamine reads them,
  worked out from the file beforehand (imported by the readers of workbooks, not here).

It imports nothing else of the package.
"""

from __future__ import annotations

from inspection_schema.reading.bounded import (
    InputTooLarge,
    read_at_most,
    read_pieces,
    size_message,
)
from inspection_schema.reading.display import decodable_name, one_line, shown_name
from inspection_schema.reading.folders import Found, files_under
from inspection_schema.reading.opening import (
    PIPE_WAIT_SECONDS,
    InputError,
    is_folder,
    open_input,
    os_error_message,
)

__all__ = [
    "PIPE_WAIT_SECONDS",
    "Found",
    "InputError",
    "InputTooLarge",
    "decodable_name",
    "files_under",
    "is_folder",
    "one_line",
    "open_input",
    "os_error_message",
    "read_at_most",
    "read_pieces",
    "shown_name",
    "size_message",
]
