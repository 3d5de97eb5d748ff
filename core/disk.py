"""Writing to disk when the disk says no: every byte written checked, and the OS's refusal
(a full disk, a read-only one, no permission, a failing disk) turned into an error with a
cause and a fix, instead of "unexpected error (OSError)".
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from core.errors import RabbitError, StoreError
from core.i18n import N_, _

FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
READ_ONLY = {errno.EROFS}
DENIED = {errno.EACCES, errno.EPERM}


def pwrite_all(fd: int, data: bytes, offset: int) -> None:
    """Write all of `data` at `offset`: `os.pwrite` may write less than asked (a disk filling
    up does), so it is called again for the rest; OSError (ENOSPC) when the disk takes none."""
    view = memoryview(data)
    while view:
        n = os.pwrite(fd, view, offset)
        if n <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view, offset = view[n:], offset + n


def write_error(exc: OSError, path: Path, what: str = N_("the registry"),
                cls: type[RabbitError] = StoreError) -> RabbitError:
    """The error for `exc` met while writing `path` (`what` it holds, in English: translated
    here): cause and fix."""
    folder = path.parent
    code = exc.errno
    if code in FULL:
        cause = _("the disk holding {folder} is full ({error}): {what} was not saved and is as "
                  "it was before this command")
        fix = _("free space on that disk, then run the command again (a sync then brings in "
                "everything this one did not save)")
    elif code in READ_ONLY:
        cause = _("the disk holding {folder} is read-only: {what} was not saved and is as it "
                  "was before this command")
        fix = _("make it writable (remount it read-write), or put rabbitsync's files on another "
                "disk with RABBITSYNC_HOME, then run the command again")
    elif code in DENIED:
        cause = _("rabbitsync may not write in {folder} ({error}): {what} was not saved and is "
                  "as it was before this command")
        fix = _("check the owner and permissions of {folder} (it should be yours, mode 0700)")
    elif code == errno.EIO:
        cause = _("the disk holding {folder} failed while writing (input/output error): {what} "
                  "was not saved and is as it was before this command")
        fix = _("check the disk (the system log says more), then run the command again")
    else:
        cause = _("{path} could not be written ({error}): {what} was not saved and is as it was "
                  "before this command")
        fix = _("check that disk and the folder's permissions, then run the command again")
    fields = {"folder": folder, "path": path, "what": _(what),
              "error": exc.strerror or type(exc).__name__}
    return cls(cause.format(**fields), fix.format(**fields))
