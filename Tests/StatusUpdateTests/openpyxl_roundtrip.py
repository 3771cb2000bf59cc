#!/usr/bin/env python3
"""Checks an actions.xlsx written by `apg build` with openpyxl, an independent reader,
and edits a copy the way an owner does in a spreadsheet program.

    openpyxl_roundtrip.py check WORKBOOK
    openpyxl_roundtrip.py edit WORKBOOK OUT

Exit status 0 when every check holds; the failed check is printed otherwise.
"""
import datetime
import sys

import openpyxl


def check(path):
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Actions", "Milestones", "Goals", "apg"], book.sheetnames
    assert book["apg"].sheet_state == "hidden", book["apg"].sheet_state
    assert book["apg"]["B1"].value == "apg-actions-workbook-1", book["apg"]["B1"].value
    sheet = book["Actions"]
    header = [cell.value for cell in sheet[1]]
    assert header[:7] == ["ID", "Title", "Goal", "Strategy", "Owner", "Due", "Status"], header
    assert header[-4:] == ["New status", "New due", "New actual", "Comment"], header
    assert sheet.freeze_panes == "A2", sheet.freeze_panes
    assert sheet.protection.sheet, "the Actions sheet is not protected"
    assert sheet["A2"].protection.locked, "the id column is not locked"
    assert not sheet["M2"].protection.locked, "the new status column is locked"
    assert sheet.column_dimensions["B"].width >= 30, sheet.column_dimensions["B"].width
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    first = rows["A1"]
    assert first[5] == datetime.datetime(2027, 2, 15), first[5]
    assert sheet["F2"].is_date, "the due date is not a date"
    assert first[10] == 20 and isinstance(first[10], (int, float)), first[10]
    assert first[6] == "on track", first[6]
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1, validations
    assert validations[0].type == "list"
    assert validations[0].formula1 == '"open,on track,at risk,blocked,done,dropped"', validations[0].formula1
    assert "M2" in validations[0].sqref, validations[0].sqref
    goals = book["Goals"]
    assert [cell.value for cell in goals[2]][:6] == ["G1", "Double automotive design wins by 2028", "design wins per year", 6, 12, None]
    milestones = book["Milestones"]
    assert milestones["C2"].value == datetime.datetime(2027, 1, 15), milestones["C2"].value


def edit(path, out):
    book = openpyxl.load_workbook(path)
    sheet = book["Actions"]
    sheet.title = "My actions"
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(name) + 1 for name in header}
    row_of = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    sheet.cell(row_of["A1"], column["New status"], "at risk")
    sheet.cell(row_of["A1"], column["Comment"], "XC postponed the review")
    sheet.cell(row_of["A2"], column["New due"], datetime.datetime(2027, 4, 15))
    sheet.cell(row_of["DE-A2"], column["New status"], "blocked")
    extra = sheet.max_row + 1
    sheet.cell(extra, 1, "ZZ1")
    sheet.cell(extra, column["New status"], "done")
    book.save(out)


if __name__ == "__main__":
    try:
        if sys.argv[1] == "check":
            check(sys.argv[2])
        else:
            edit(sys.argv[2], sys.argv[3])
    except AssertionError as failure:
        print(f"check failed: {failure}", file=sys.stderr)
        raise
