#!/usr/bin/env python3
"""Writes a synthetic but well-formed account workspace for benchmarks.

usage: generate-workspace.py OUT_DIR FILES ITEMS_PER_FILE
       generate-workspace.py --portfolio OUT_DIR ACCOUNTS FILES ITEMS_PER_FILE

Every file is a country guide with team members, organization units hung under a global
unit, stakeholders, items, and a goal with strategies, tactics and actions; one global
file holds the shared units. With --portfolio, OUT_DIR gets ACCOUNTS such workspaces,
a0000/ to a0199/, each its own account with FILES country guides and the global file.
Deterministic: the same arguments give the same bytes.
"""
import os
import sys

COUNTRIES = ["DE", "FR", "US", "CN", "JP", "IT", "ES", "BR", "IN", "KR", "GB", "SE", "NL", "PL", "MX", "CA"]


def country_file(index, items, account="Bench Group"):
    country = COUNTRIES[index % len(COUNTRIES)]
    code = f"F{index}"
    lines = ["---", f"account: {account}", f"country: {country}", "language: en", "updated: 2027-01-15", "---", "",
             f"# Guide {code}", "", "## Team", ""]
    lines += [f"- Member {code} (@m{index})", "  - Function: Sales" if index % 2 else "  - Function: Engineering",
              f"  - Country: {country}", ""]
    lines += ["## Customer Organization", "", "- #bench", f"  - Unit {code} {{#u-{index}}}",
              f"    - Themes: theme {index % 7}; cost", f"    - Covered by: @m{index}", ""]
    lines += ["## Stakeholders", "", f"- Person {code} — Buyer {{#p-{index}}}", f"  - Unit: u-{index}",
              "  - Buying role: influencer", "  - Stance: neutral", f"  - Covered by: @m{index}", ""]
    lines += ["## Issues and Opportunities", "", "### Issues", ""]
    for item in range(items):
        lines += [f"- {code}-I{item}: Supply issue {item} for product P{item % 13} at site {index}",
                  f"  - Unit: u-{index}", f"  - Theme: theme {item % 5}", "  - Priority: medium",
                  f"  - Products: P{item % 13}", ""]
    lines += ["## Goals", "", f"### G{index}: Grow share in unit {index}", "- Metric: design wins",
              "- Baseline: 1", "- Target: 3", "- Due: 2028-12-31", f"- Sponsor: @m{index}", ""]
    for strategy in (1, 2):
        lines += [f"#### S{index}.{strategy}: Strategy {strategy} for {code}",
                  f"- Status: {'selected' if strategy == 1 else 'proposed'}", f"- Addresses: {code}-I0",
                  f"- Owner: @m{index}", "",
                  f"- T{index}.{strategy}.1: Tactic {strategy}",
                  f"  - [ ] A{index}.{strategy}: Action {strategy} of {code}",
                  f"    - Owner: @m{index}", "    - Due: 2027-06-30",
                  "    - Milestone: 2027-03-31 — first step", "    - Metric: meetings held", "    - Target: 4",
                  "    - 2027-01-10: on track — started", ""]
    return "\n".join(lines) + "\n"


def workspace(out, files, items, account="Bench Group"):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "apg.yaml"), "w") as f:
        f.write(f"account: {account}\nhorizon: {{ start: 2027-01-01, end: 2028-12-31 }}\n"
                f"limits: {{ team: {files + 1}, items: {files * items + 1} }}\n")
    with open(os.path.join(out, "global.md"), "w") as f:
        f.write(f"---\naccount: {account}\nlanguage: en\n---\n\n# {account}\n\n## Customer Organization\n\n"
                f"- {account} {{#bench}}\n  - Type: group\n  - Themes: growth\n\n## Vision\n\nBe the partner.\n")
    for index in range(files):
        with open(os.path.join(out, f"c{index:04d}.md"), "w") as f:
            f.write(country_file(index, items, account))


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "--portfolio":
        out, accounts, files, items = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        for account in range(accounts):
            workspace(os.path.join(out, f"a{account:04d}"), files, items, f"Bench Account {account:04d}")
    elif len(sys.argv) == 4:
        workspace(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit(__doc__.strip())


if __name__ == "__main__":
    main()
