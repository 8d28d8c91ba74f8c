"""Every command ends bad input with one clear line and exit 2, never a traceback (issue 18.5).

Each row is a command and an input a person could hand it by mistake (or a hostile file): a
missing file, a file that is not UTF-8 or not what the command reads, an impossible date, an
amount past the bounds, a folder that cannot be written. `main()` runs in process here (a
traceback would surface as this test's own exception); the `bill` row that matters most also runs
as a real process. `ratecert audit` is tested with the bulk audit."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ratecert.cli import main
from ratecert.spec import load_spec
from tests.conftest import ROOT

CASE = {"bill_date": "2025-06-04", "amount_due": "1000.00"}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder of bad inputs, each named by what is wrong with it."""
    def write(name: str, content: str | bytes) -> None:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())

    write("not-utf8.json", b'{"bill_date": "2025-06-04", "id": "caf\xe9"}')
    write("exponent.json", json.dumps({**CASE, "amount_due": "1E+999999999"}))
    write("past-bounds.json", json.dumps({**CASE, "amount_due": "108.600000000000000000000000001"}))
    write("big-int.json", '{"bill_date": "2025-06-04", "account": {"prompt_payment_months": ' + "9" * 5000 + "}}")
    write("deep.json", "[" * 50_000 + "]" * 50_000)
    write("list.json", "[1, 2]")
    write("not-json.json", "{this is not json")
    write("empty", "")
    write("case.json", json.dumps(CASE))
    write("results.jsonl", json.dumps({"type": "header", "sut": "reference"}) + "\n")
    write("garbage.key", "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    write("a-file", "x")
    write("bundle-no-case.json", json.dumps({"tp": "AC3-PAY-001", "case": None}))
    write("bundle-bad-case.json", json.dumps({"tp": "AC3-PAY-001", "case": {**CASE, "amount_due": "1e5"}}))
    write("bundle-escaping.json", json.dumps({"tp": "../../../escaped", "case": CASE}))
    write("waivers-bad-date.yaml", "waivers:\n  - tp: AC3-PAY-001\n    reason: r\n    ticket: T-1\n    expires: 2025-02-30\n")
    write("waivers-not-utf8.yaml", b"waivers:\n  - tp: AC3-PAY-001\n    reason: \xff\n")
    return tmp_path


ROWS = [
    # (command with {in} for the inputs folder, what the one line must say)
    ("bill {in}/missing.json", "case {in}/missing.json: no such file"),
    ("bill {in}", "is a folder, not a file"),
    ("bill {in}/not-utf8.json", "is not UTF-8 text (byte 38 is b'\\xe9')"),
    ("bill {in}/exponent.json", "amount_due: Value error, '1E+999999999' is not an exact decimal"),
    ("bill {in}/past-bounds.json", "'108.600000000000000000000000001' is not an exact decimal"),
    ("bill {in}/big-int.json", "malformed case"),
    ("bill {in}/deep.json", "malformed case"),
    ("bill {in}/not-json.json", "malformed case"),
    ("bill {in}/case.json --sut gopher://x", "unknown SUT 'gopher://x'"),
    ("bill {in}/case.json --sut py:no_such_module:Sut", "in-process SUT 'no_such_module:Sut': ModuleNotFoundError"),
    ("bill {in}/case.json --sut cmd:'unclosed", "cmd: No closing quotation"),
    ("bill {in}/case.json --sut http://127.0.0.1:99999/", "not an http(s) URL"),
    ("report {in}/case.json", "is not a run log: line 1 is not its header"),
    ("report {in}/empty", "is not a run log: it is empty"),
    ("report {in}/missing.jsonl", "no such file"),
    ("report {in}/not-utf8.json", "is not UTF-8 text"),
    ("verify {in}/missing.json --public-key {in}/garbage.key", "certificate {in}/missing.json: no such file"),
    ("verify {in}/not-json.json --public-key {in}/garbage.key", "is not JSON"),
    ("verify {in}/case.json --public-key {in}/garbage.key --log {in}/case.json", "is not a run log"),
    ("verify {in}/case.json --public-key {in}/garbage.key", "public key {in}/garbage.key is not an Ed25519 PEM key"),
    ("verify {in}/case.json --public-key {in}/missing.pub", "public key {in}/missing.pub: no such file"),
    ("promote {in}/missing.json", "no such file"),
    ("promote {in}/list.json", "is not a JSON object"),
    ("promote {in}/bundle-no-case.json", "holds no case to promote"),
    ("promote {in}/bundle-bad-case.json", "holds a malformed case: amount_due"),
    ("promote {in}/bundle-escaping.json", "its test purpose '../../../escaped' is not a plain name"),
    ("replay {in}/not-json.json", "is not JSON"),
    ("replay {in}/bundle-bad-case.json", "holds a malformed case"),
    ("index-pages --source {in}/missing", "--source folder {in}/missing does not exist"),
    ("index-pages --source {in} --document nonesuch", "unknown document 'nonesuch'"),
    ("index-pages --source {in}", "source index {in}/INDEX.tsv: no such file"),
    ("check-citations --source {in}/missing", "--source folder {in}/missing does not exist"),
    ("check-citations --source {in} --document nonesuch", "unknown document 'nonesuch'"),
    ("certify --out {in}/a-file", "--out folder {in}/a-file is a file, not a folder"),
    ("certify --out {in}/a-file/out", "cannot be made: Not a directory"),
    ("certify --out {in}/out --as-of 2025-02-30", "--as-of '2025-02-30' is not a date"),
    ("certify --out {in}/out --sign-key {in}/garbage.key", "signing key {in}/garbage.key is not an Ed25519 PEM key"),
    ("certify --out {in}/out --sign-key {in}/missing.key", "signing key {in}/missing.key: no such file"),
    ("certify --out {in}/out --waivers {in}/waivers-bad-date.yaml", "waivers-bad-date.yaml:5: '2025-02-30' is not a valid"),
    ("certify --out {in}/out --waivers {in}/waivers-not-utf8.yaml", "waivers-not-utf8.yaml:3: not UTF-8 text"),
    ("certify --out {in}/out --waivers {in}/missing.yaml", "missing.yaml: cannot be read: No such file"),
    ("report {in}/case.json --sign-key {in}/garbage.key", "is not a run log"),
    ("schema --out {in}/a-file", "is a file, not a folder"),
    ("serve --sut gopher://x", "unknown SUT"),
]


@pytest.mark.parametrize(("command", "says"), ROWS, ids=[" ".join(r[0].split()[:2]) + f" [{i}]" for i, r in enumerate(ROWS)])
def test_bad_input_is_one_line_and_exit_2(inputs, capsys, command, says):
    import shlex

    code = main([arg.replace("{in}", str(inputs)) for arg in shlex.split(command.replace("'unclosed", "\\'unclosed"))])
    err = capsys.readouterr().err.strip()
    assert code == 2, err
    assert len(err.splitlines()) == 1 and err.startswith("ratecert"), err
    assert says.replace("{in}", str(inputs)) in err, err


def test_keygen_never_overwrites_a_key(tmp_path, capsys):
    stem = tmp_path / "certifier"
    assert main(["keygen", str(stem)]) == 0
    key = stem.with_suffix(".key").read_bytes()
    assert main(["keygen", str(stem)]) == 2
    assert "exists; keygen never overwrites a key" in capsys.readouterr().err
    assert stem.with_suffix(".key").read_bytes() == key


@pytest.mark.parametrize(("damage", "says"), [
    (lambda text: text.replace("effective: 2017-07-01", "effective: 2017-02-30", 1), "'2017-02-30' is not a valid value"),
    (lambda text: text + "\n# caf\udce9\n", "not UTF-8 text"),
])
def test_a_spec_file_with_an_impossible_date_or_bad_bytes_names_file_and_line(tmp_path, damage, says):
    """A copy of the spec, damaged, loaded as `ratecert verify --spec` loads one: one line naming the file."""
    from ratecert.spec import SpecError

    home = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", home)
    pages = home / "access-catalog-3" / "pages.yaml"
    pages.write_bytes(damage(pages.read_text()).encode("utf-8", "surrogateescape"))
    with pytest.raises(SpecError) as refused:
        load_spec(home)
    err = str(refused.value)
    assert len(err.splitlines()) == 1 and f"{pages}:" in err and says in err, err


def test_an_amount_past_the_bounds_is_refused_by_a_real_process_at_once(inputs):
    """The case of issue 18 that ended in a traceback: a real `ratecert bill`, one line, exit 2."""
    proc = subprocess.run([sys.executable, "-m", "ratecert", "bill", str(inputs / "exponent.json")], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "amount_due" in proc.stderr and proc.stdout == ""


def test_check_citations_says_when_the_source_folder_does_not_exist(tmp_path, capsys):
    assert main(["check-citations", "--source", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["certify", "--sut-timeout", "nan"], ["certify", "--sut-timeout", "1e999"],
                                  ["certify", "--sut-timeout", "0"], ["serve", "--port", "99999"]])
def test_numbers_on_the_command_line_are_bounded_too(capsys, argv):
    """A timeout of nan or 1e999 never ends, a port past 65535 crashed the server: argparse
    refuses them with its usage line and exit 2."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert f"invalid {'port' if argv[0] == 'serve' else 'seconds'} value: '{argv[-1]}'" in capsys.readouterr().err
