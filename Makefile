# Two commands set up a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test install lint format benchmarks clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# axe-core for the accessibility checks of the browser tests (skipped where npm is missing).
node_modules/.installed: package.json
	@if command -v npm >/dev/null 2>&1; then npm install --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility checks will be skipped"; fi

install: $(STAMP)

# The demo's local OpenID provider (oidc-provider-mock, a dev dependency) and its two
# identities; their organisation codes are the demo KBO numbers of cms/demo/seed.py.
OIDC_MOCK := $(VENV)/bin/oidc-provider-mock
OIDC_MOCK_LOG := $(VENV)/oidc-provider-mock.log
OIDC_DEMO_IDENTITIES := \
	--user-claims '{"sub": "iris-invoerder-kasterlee", "vo_id": "00000000-0000-4000-8000-000000013017", "given_name": "Iris", "family_name": "Invoerder", "email": "iris.invoerder@demo.vrijetijdsmonitor.invalid", "dv_vrijetijdsmonitor_rol_3d": ["VrijetijdsmonitorInvoerder:0000013017"]}' \
	--user-claims '{"sub": "carl-coordinator-brecht", "vo_id": "00000000-0000-4000-8000-000000011009", "given_name": "Carl", "family_name": "Coördinator", "email": "carl.coordinator@demo.vrijetijdsmonitor.invalid", "dv_vrijetijdsmonitor_rol_3d": "VrijetijdsmonitorCoordinator:0000011009"}'

demo: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py seed_demo
	@echo ""
	@echo "The site runs at http://127.0.0.1:8000/ (Wagtail admin: http://127.0.0.1:8000/admin/)"
	@echo "Local OpenID provider: http://127.0.0.1:9400/ (log: $(OIDC_MOCK_LOG))"
	@# The provider runs in the background and stops when the site stops.
	@$(OIDC_MOCK) --port 9400 --require-nonce true $(OIDC_DEMO_IDENTITIES) >$(OIDC_MOCK_LOG) 2>&1 & \
	mock=$$!; trap 'kill $$mock 2>/dev/null' EXIT INT TERM HUP; \
	$(PY) manage.py runserver 127.0.0.1:8000

test: install node_modules/.installed
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy .
	$(PY) manage.py makemigrations --check --dry-run

format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 media private_media static_collected
