"""Copy the top-level ``rules/`` and ``referentials/`` into the built package.

They live at the top of the repository so trainers find and copy them easily, but an
installed cipcheck must work from any folder, so the wheel carries them inside
``cipcheck/``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent
DATA_DIRS = ("rules", "referentials")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        for name in DATA_DIRS:
            target = Path(self.build_lib) / "cipcheck" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(ROOT / name, target)


setup(cmdclass={"build_py": BuildWithData})
