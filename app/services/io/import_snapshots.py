"""A contact's state before an import changed it, as JSON kept in the import history.

The snapshot is the one undo and merge already use (snapshots.ContactSnapshot); here it
is turned into JSON text and back, so that an import can be undone after the app
was closed and opened again. Dates and times are ISO text (times in UTC).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, fields
from typing import Any

from ..snapshots import ContactSnapshot, ExtraEmail, ExtraPhone

_DATES = {"birthday"}
_TIMES = {"consent_at", "last_contacted_at", "deleted_at", "updated_at"}


def snapshot_to_json(snapshot: ContactSnapshot) -> str:
    # Field by field, not asdict(): that deep-copies, and custom fields are read-only
    # mapping proxies, which cannot be copied.
    data: dict[str, Any] = {f.name: getattr(snapshot, f.name) for f in fields(snapshot)}
    if snapshot.custom_fields is not None:
        data["custom_fields"] = dict(snapshot.custom_fields)
    data["extra_emails"] = [asdict(e) for e in snapshot.extra_emails]
    data["extra_phones"] = [asdict(p) for p in snapshot.extra_phones]
    data["tags"], data["tag_ids"] = list(snapshot.tags), list(snapshot.tag_ids)
    for name in _DATES | _TIMES:
        value = data[name]
        data[name] = value.isoformat() if value is not None else None
    return json.dumps(data, ensure_ascii=False, default=_plain)


def snapshot_from_json(text: str) -> ContactSnapshot:
    data: dict[str, Any] = json.loads(text)
    for name in _DATES:
        if data[name] is not None:
            data[name] = dt.date.fromisoformat(data[name])
    for name in _TIMES:
        if data[name] is not None:
            data[name] = dt.datetime.fromisoformat(data[name])
    data["extra_emails"] = tuple(ExtraEmail(**e) for e in data["extra_emails"])
    data["extra_phones"] = tuple(ExtraPhone(**p) for p in data["extra_phones"])
    data["tags"] = tuple(data["tags"])
    data["tag_ids"] = tuple(data["tag_ids"])
    known = {f.name for f in fields(ContactSnapshot)}
    return ContactSnapshot(**{k: v for k, v in data.items() if k in known})


def _plain(value: Any) -> Any:
    """Custom field values that JSON has no type for (dates) as ISO text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")
