"""Executes a notebook end to end with nbclient and writes the executed copy.

Usage: python3 test/notebooks/execute_notebook.py NOTEBOOK OUTPUT

Runs with the `python3` kernel, in the notebook's own folder, and fails (exit 1, the failing
cell's error on stderr) when any cell raises. The environment (KG_GRAPHQL_URL) is passed on to
the kernel. Matplotlib draws with the inline backend, so figures become image/png outputs.
"""

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main():
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    notebook = nbformat.read(source, as_version=4)
    client = NotebookClient(notebook, kernel_name="python3", timeout=180, resources={"metadata": {"path": str(source.parent)}})
    started = time.monotonic()
    try:
        client.execute()
    except CellExecutionError as error:
        nbformat.write(notebook, target)
        print(str(error), file=sys.stderr)
        sys.exit(1)
    nbformat.write(notebook, target)
    print(f"executed {source} in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
