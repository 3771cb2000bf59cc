"""Reads a calendar with Python's icalendar (not apg's writer) and prints what a calendar
app would see, as JSON: events, todos, attendees, categories; exits 1 on any parse error."""
import datetime
import json
import sys

import icalendar

data = open(sys.argv[1], "rb").read()
calendar = icalendar.Calendar.from_ical(data)
problems = list(getattr(calendar, "errors", []))
events, todos = [], []
for component in calendar.walk():
    problems += [f"{component.name}: {error}" for error in getattr(component, "errors", [])]
    if component.name == "VEVENT":
        start = component.decoded("DTSTART")
        end = component.decoded("DTEND")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            problems.append(f"{component['UID']}: DTSTART is not a date")
        if end - start != datetime.timedelta(days=1):
            problems.append(f"{component['UID']}: not one all-day event")
        attendees = component.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        categories = component.get("CATEGORIES")
        events.append({
            "uid": str(component["UID"]),
            "summary": str(component["SUMMARY"]),
            "start": start.isoformat(),
            "attendees": [{"address": str(a), "name": str(a.params.get("CN", ""))} for a in attendees],
            "categories": [str(c) for c in categories.cats] if categories is not None else [],
        })
    elif component.name == "VTODO":
        todos.append(str(component["UID"]))
print(json.dumps({"events": events, "todos": todos, "problems": problems}))
sys.exit(1 if problems else 0)
