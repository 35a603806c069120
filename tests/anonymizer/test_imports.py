import subprocess
import sys


def test_runtime_never_imports_training_libraries():
    code = (
        "import sys, anonymizer\n"
        "from anonymizer import Anonymizer\n"
        "from anonymizer import cli, api\n"
        "Anonymizer(None).anonymize('mail a@b.de')\n"
        "bad = [m for m in ('torch', 'transformers', 'datasets', 'spacy') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == ""
