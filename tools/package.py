"""Build and smoke-test what is shipped: translations, wheel + sdist, the one-folder program.

    python tools/package.py                    # all steps (what `make package` runs)
    python tools/package.py --skip-wheel-venv  # not the fresh-venv wheel test (Windows CI)
    python tools/package.py --smoke-only       # only test an existing dist/Uppfoljning
    python tools/package.py --compare-with OLD_DIST_FOLDER   # start time against another build

Steps, each failing the run with a message naming what is wrong:
1. translations: every resources/translations/*.ts compiled by pyside6-lrelease into the
   package (uppfoljning_desktop/resources/translations/*.qm); a .ts with an unfinished or
   empty translation fails the build (the interface would silently show Swedish there).
2. sdist and wheel (python -m build: the wheel is built from the sdist, so both are
   tested); the wheel must contain the fonts, the icon and every .qm.
3. the wheel on its own: a fresh venv with the locked runtime libraries
   (requirements/runtime.txt) and the wheel, then `uppfoljning --db X demo` and
   `pdf kallelse --meeting 2016-09-22`, outside the source tree.
4. the one-folder program from packaging/uppfoljning.spec (PyInstaller).
5. its smoke test: the version, demo, pdf kallelse, pdf uppfoljning, plan generate (the
   holiday data), the window offscreen to "ready" in Swedish and in English (the menu
   read back), with the start time; then the folder's size and file count.
Runs on Linux and Windows (the same script in packaging/windows/build-installer.yml).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
DIST = ROOT / "dist"
APP_DIR = DIST / "Uppfoljning"
QM_DIR = ROOT / "uppfoljning_desktop" / "resources" / "translations"
MEETING = "2016-09-22"


class Failed(Exception):
    pass


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(cmd: list[str | Path], *, env: dict[str, str] | None = None, cwd: Path | None = None,
        timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    out = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True, text=True,
                         encoding="utf-8", errors="replace", timeout=timeout)
    if out.returncode != 0:
        raise Failed(f"{' '.join(map(str, cmd))} gav kod {out.returncode}:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")
    return out


def venv_bin(folder: Path, name: str) -> Path:
    return folder / ("Scripts" if WINDOWS else "bin") / f"{name}{EXE}"


# 1. translations -------------------------------------------------------------------

def unfinished_messages(ts: Path) -> list[str]:
    """Sources in a .ts whose translation is missing, empty or marked unfinished."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            continue  # no longer in the code; lrelease leaves it out
        texts = [tr.text or ""] + [n.text or "" for n in tr.iter("numerusform")] if tr is not None else [""]
        if kind == "unfinished" or not any(t.strip() for t in texts):
            missing.append(message.findtext("source", ""))
    return missing


def compile_translations() -> list[str]:
    step("Översättningar")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise Failed("pyside6-lrelease finns inte (installera PySide6-Essentials i byggmiljön)")
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if not sources:
        raise Failed("inga .ts-filer i resources/translations")
    lines = []
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sources:
        missing = unfinished_messages(ts)
        if missing:
            shown = "\n  ".join(missing[:10])
            raise Failed(f"{ts.name}: {len(missing)} texter saknar översättning, t.ex.:\n  {shown}\n"
                         "Översätt dem (Qt Linguist eller tools/fill_translations.py) och bygg igen.")
        qm = QM_DIR / ts.with_suffix(".qm").name
        run([lrelease, "-silent", ts, "-qm", qm])
        if not qm.is_file() or qm.stat().st_size == 0:
            raise Failed(f"{qm} skapades inte av lrelease")
        lines.append(f"{ts.name} -> {qm.relative_to(ROOT)} ({qm.stat().st_size // 1024} kB), alla texter översatta")
        print(lines[-1])
    return lines


# 2. sdist and wheel ----------------------------------------------------------------

def build_wheel() -> Path:
    step("sdist och wheel")
    for old in DIST.glob("uppfoljning_desktop-*"):
        old.unlink()
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", DIST, ROOT])
    wheels = sorted(DIST.glob("uppfoljning_desktop-*.whl"))
    sdists = sorted(DIST.glob("uppfoljning_desktop-*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise Failed(f"väntade en wheel och en sdist i {DIST}, fick {wheels + sdists}")
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    wanted = ["uppfoljning_desktop/resources/fonts/LiberationSans-Regular.ttf",
              "uppfoljning_desktop/resources/fonts/LICENSE-LiberationSans.txt",
              "uppfoljning_desktop/resources/icons/uppfoljning.svg"]
    wanted += [f"uppfoljning_desktop/resources/translations/{qm.name}" for qm in QM_DIR.glob("*.qm")]
    absent = [w for w in wanted if w not in names]
    if absent:
        raise Failed(f"{wheels[0].name} saknar {absent}")
    for f in (*sdists, *wheels):
        print(f"{f.name}: {f.stat().st_size / 1e6:.1f} MB")
    return wheels[0]


def clean_env(tmp: Path) -> dict[str, str]:
    """No PYTHONPATH (the source tree must not be found), user folders in ``tmp``."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", UPPFOLJNING_DATA_DIR=str(tmp / "data"),
               UPPFOLJNING_CONFIG_DIR=str(tmp / "config"), PYTHONIOENCODING="utf-8")
    return env


def check_kallelse(pdf: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    for expected in ("KALLELSE", "Torsdag 22 september 2016, kl. 19:00"):
        if expected not in text:
            raise Failed(f"{pdf.name} saknar texten {expected!r}")
    n = len(PdfReader(pdf).pages)
    return f"{n} {'sida' if n == 1 else 'sidor'}"


# 3. the wheel in a fresh venv --------------------------------------------------------

def test_wheel(wheel: Path) -> list[str]:
    step("wheel i en ny venv")
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        env = clean_env(tmp)
        folder = tmp / "venv"
        venv.create(folder, with_pip=True)
        py = venv_bin(folder, "python")
        started = time.perf_counter()
        run([py, "-m", "pip", "install", "-q", "--require-hashes", "-r", ROOT / "requirements" / "runtime.txt"], env=env)
        run([py, "-m", "pip", "install", "-q", "--no-deps", wheel], env=env)
        run([py, "-m", "pip", "check"], env=env)
        installed = time.perf_counter() - started
        cmd = venv_bin(folder, "uppfoljning")
        db = tmp / "demo.sqlite"
        run([cmd, "--db", db, "demo"], env=env, cwd=tmp)
        run([cmd, "--db", db, "pdf", "kallelse", "--meeting", MEETING, "-o", tmp / "k.pdf"], env=env, cwd=tmp)
        where = run([py, "-c", "import uppfoljning_desktop, sys; print(uppfoljning_desktop.__file__)"], env=env, cwd=tmp).stdout.strip()
        if not Path(where).is_relative_to(folder):
            raise Failed(f"paketet lästes från {where}, inte från den nya venv:en")
        result = [f"wheel i ny venv ({installed:.0f} s att installera): demo OK, pdf kallelse OK ({check_kallelse(tmp / 'k.pdf')})"]
        print(result[0])
        return result


# 4. PyInstaller ----------------------------------------------------------------------

def build_app() -> float:
    step("PyInstaller (en mapp)")
    started = time.perf_counter()
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", DIST,
         "--workpath", ROOT / "build" / "pyinstaller", ROOT / "packaging" / "uppfoljning.spec"], timeout=3600)
    seconds = time.perf_counter() - started
    print(f"byggt på {seconds:.0f} s")
    return seconds


# 5. smoke test -----------------------------------------------------------------------

def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def english_menu() -> str:
    """The English for the first menu ("&Arkiv") as the .ts has it."""
    ts = ROOT / "resources" / "translations" / "uppfoljning_en.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        if message.findtext("source") == "&Arkiv":
            return message.findtext("translation", "")
    raise Failed("uppfoljning_en.ts saknar &Arkiv")


def start_window(exe: Path, db: Path, env: dict[str, str], language: str) -> tuple[float, str]:
    """Start the window offscreen until the database is open and the first page filled;
    returns seconds to "ready" and the first menu's title."""
    config = Path(env["UPPFOLJNING_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    env = dict(env, UPPFOLJNING_BENCH_EXIT="ready", UPPFOLJNING_BENCH_T0=repr(time.time()))
    out = run([exe, "--db", db], env=env, timeout=120)
    ready, menu = None, ""
    for line in out.stdout.splitlines():
        if line.startswith("BENCH ready "):
            ready = float(line.split()[2])
        elif line.startswith("BENCH-MENU "):
            menu = line[len("BENCH-MENU "):]
    if ready is None:
        if WINDOWS and exe.stem == "Uppfoljning":
            return float("nan"), ""  # windowed: no stdout; exit code 0 means "ready" was reached
        raise Failed(f"{exe.name} kom inte till 'ready':\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return ready, menu


def start_times(app_dir: Path, env: dict[str, str], db: Path, runs: int) -> list[float]:
    exe = app_dir / f"uppfoljning-cli{EXE}"
    if not exe.exists():
        exe = app_dir / f"Uppfoljning{EXE}"  # an older build without the console program
    return [start_window(exe, db, env, "sv")[0] for _ in range(runs)]


def smoke(app_dir: Path, runs: int, compare_with: Path | None) -> list[str]:
    step(f"Röktest av {app_dir}")
    from uppfoljning_desktop import __version__

    gui, cli = app_dir / f"Uppfoljning{EXE}", app_dir / f"uppfoljning-cli{EXE}"
    for exe in (gui, cli):
        if not exe.is_file():
            raise Failed(f"{exe} saknas")
    results = []

    def ok(text: str) -> None:
        results.append(text)
        print(f"OK  {text}", flush=True)

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        env = clean_env(tmp)
        version = run([cli, "--version"], env=env).stdout.strip()
        if version != f"Uppföljning {__version__}":
            raise Failed(f"--version skrev {version!r}, väntade 'Uppföljning {__version__}'")
        ok(f"version: {version}")
        db = tmp / "demo.sqlite"
        run([cli, "--db", db, "demo"], env=env, cwd=tmp)
        ok("demo: demodatabasen skapad")
        run([cli, "--db", db, "pdf", "kallelse", "--meeting", MEETING, "-o", tmp / "k.pdf"], env=env, cwd=tmp)
        ok(f"pdf kallelse: {check_kallelse(tmp / 'k.pdf')}, text och datum rätt")
        run([cli, "--db", db, "pdf", "uppfoljning", "--period", "Delår 2 2024", "-o", tmp / "u.pdf"], env=env, cwd=tmp)
        from pypdf import PdfReader

        text = "\n".join(p.extract_text() or "" for p in PdfReader(tmp / "u.pdf").pages)
        if "DELÅRSRAPPORT" not in text:
            raise Failed("u.pdf saknar DELÅRSRAPPORT")
        pages = len(PdfReader(tmp / "u.pdf").pages)
        ok(f"pdf uppfoljning: {pages} {'sida' if pages == 1 else 'sidor'}")
        plan = run([cli, "--db", db, "plan", "generate", "--year", "2027"], env=env, cwd=tmp).stdout
        if "Kristi himmelsfärdsdag" not in plan:
            raise Failed(f"plan generate nämnde inte Kristi himmelsfärdsdag (helgdagsdata saknas?):\n{plan[-1500:]}")
        ok("plan generate 2027: helgdagen Kristi himmelsfärdsdag hittad (domain.holidays_se)")
        seconds, menu = start_window(gui, db, env, "sv")
        if not WINDOWS and menu != "&Arkiv":
            raise Failed(f"svenska menyn heter {menu!r}, väntade '&Arkiv'")
        ok(f"fönstret (Uppfoljning{EXE}) redo, svenska" + ("" if seconds != seconds else f" ({seconds:.2f} s, meny {menu})"))
        _, menu = start_window(cli, db, env, "en")
        if menu != english_menu():
            raise Failed(f"engelska menyn heter {menu!r}, väntade {english_menu()!r}: uppfoljning_en.qm laddades inte")
        ok(f"engelsk översättning laddad (meny {menu})")
        times = start_times(app_dir, env, db, runs)
        line = f"start till 'ready' (median av {runs}): {statistics.median(times):.3f} s"
        if compare_with is not None:
            other = start_times(compare_with, env, db, runs)
            # alternate once more so that both see the same machine load
            times += start_times(app_dir, env, db, runs)
            other += start_times(compare_with, env, db, runs)
            line = (f"start till 'ready', median av {len(times)} växelvis: denna {statistics.median(times):.3f} s, "
                    f"{compare_with} {statistics.median(other):.3f} s")
        ok(line)
    size, count = folder_size(app_dir)
    line = f"storlek: {size / 1e6:.0f} MB, {count} filer ({app_dir})"
    if compare_with is not None:
        osize, ocount = folder_size(compare_with)
        line += f"; jämfört med {osize / 1e6:.0f} MB, {ocount} filer"
    ok(line)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-wheel-venv", action="store_true", help="not the fresh-venv wheel test")
    parser.add_argument("--smoke-only", action="store_true", help="only smoke-test an existing dist/Uppfoljning")
    parser.add_argument("--app-dir", type=Path, default=APP_DIR)
    parser.add_argument("--compare-with", type=Path, help="another one-folder build to time against")
    parser.add_argument("--runs", type=int, default=5, help="window starts to time (median)")
    args = parser.parse_args()
    summary: list[str] = []
    started = time.perf_counter()
    try:
        if not args.smoke_only:
            summary += compile_translations()
            wheel = build_wheel()
            summary.append(f"wheel och sdist byggda: {wheel.name}")
            if not args.skip_wheel_venv:
                summary += test_wheel(wheel)
            summary.append(f"PyInstaller: {build_app():.0f} s")
        summary += smoke(args.app_dir, args.runs, args.compare_with)
    except Failed as e:
        print(f"\nPAKETERINGEN MISSLYCKADES: {e}", file=sys.stderr)
        return 1
    print(f"\n== Resultat ({time.perf_counter() - started:.0f} s)")
    for line in summary:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
