#!/usr/bin/env python3
"""Makes a large CRM export out of a small one, to time the mapped import at scale.

usage: replicate-export.py SOURCE_FOLDER TARGET_FOLDER COPIES

Every CSV of SOURCE_FOLDER except User.csv is written COPIES times; in copy n (n > 0) every value that is the Id
of a record of the export gets the suffix "Rn", so each copy is a new set of leads, accounts, opportunities and
activities that reference each other as the original did. Users (the owners) are shared. Other files are copied.
Example (the Salesforce export of ../shared/datasets, 100 copies: 1.3M source rows, 730k canonical rows):

    benchmarks/replicate-export.py ../shared/datasets/salesforce-tcrm-handson-demo /tmp/sf-x100 100
"""
import csv
import os
import shutil
import sys


def record_ids(folder, files):
    ids = set()
    for name in files:
        if name == 'User.csv':
            continue
        with open(os.path.join(folder, name), newline='', encoding='utf-8-sig') as source:
            rows = csv.reader(source)
            column = next(rows).index('Id')
            ids.update(row[column] for row in rows if len(row) > column)
    return ids


def replicate(source_folder, target_folder, copies):
    os.makedirs(target_folder, exist_ok=True)
    files = sorted(name for name in os.listdir(source_folder) if name.endswith('.csv'))
    ids = record_ids(source_folder, files)
    for name in files:
        with open(os.path.join(source_folder, name), newline='', encoding='utf-8-sig') as source:
            rows = list(csv.reader(source))
        with open(os.path.join(target_folder, name), 'w', newline='', encoding='utf-8') as target:
            writer = csv.writer(target, lineterminator='\r\n')
            writer.writerow(rows[0])
            for copy in range(1 if name == 'User.csv' else copies):
                suffix = 'R%d' % copy if copy else ''
                writer.writerows([value + suffix if value in ids else value for value in row] for row in rows[1:])
    for name in os.listdir(source_folder):
        if not name.endswith('.csv'):
            shutil.copy(os.path.join(source_folder, name), target_folder)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    replicate(sys.argv[1], sys.argv[2], int(sys.argv[3]))
