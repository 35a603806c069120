"""The llm teacher and ChatClient against a local chat-completions server started by the test."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from teacher_labels.llm_client import ChatClient, ChatError
from teacher_labels.teachers.llm import LLMTeacher, find_all, parse_reply

TEXT = "Hallo, ich bin Jonas Weber aus Köln. Jonas Weber war nett."


class FakeChat:
    """Scripted OpenAI-compatible server: each request pops the next scripted answer."""

    def __init__(self) -> None:
        self.script: list = []
        self.default: tuple | None = None
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append(
                    {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
                )
                kind, value = fake.script.pop(0) if fake.script else fake.default
                if kind == "sleep":
                    time.sleep(value)
                    kind, value = "reply", '{"entities": []}'
                if kind == "status":
                    self.send_response(value)
                    self.end_headers()
                    return
                reply = {
                    "choices": [{"message": {"role": "assistant", "content": value}}],
                    "usage": {"prompt_tokens": 10, "completion_tokens": 3},
                }
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    def reply(self, entities: list[dict]) -> tuple:
        return ("reply", json.dumps({"entities": entities}))


@pytest.fixture
def fake():
    srv = FakeChat()
    yield srv
    srv.server.shutdown()
    srv.server.server_close()


def client(fake: FakeChat, tmp_path=None, **kw) -> ChatClient:
    kw.setdefault("backoff", 0.01)
    return ChatClient(fake.url, "test-model", cache_dir=tmp_path, **kw)


def test_good_response_gives_every_occurrence(fake: FakeChat) -> None:
    fake.script = [
        fake.reply(
            [{"text": "Jonas Weber", "label": "PERSON"}, {"text": "Köln", "label": "LOCATION"}]
        )
    ]
    out = LLMTeacher(client=client(fake), chat_params={"max_tokens": 64}).label([TEXT])[0]
    assert [(TEXT[e.start : e.end], e.label) for e in out.spans] == [
        ("Jonas Weber", "PERSON"),
        ("Köln", "LOCATION"),
        ("Jonas Weber", "PERSON"),
    ]
    assert out.probs is None and not out.failed
    req = fake.requests[0]
    assert req["path"] == "/v1/chat/completions" and req["body"]["model"] == "test-model"
    assert req["body"]["max_tokens"] == 64 and req["body"]["temperature"] == 0.0
    assert "PERSON" in req["body"]["messages"][0]["content"]
    assert req["body"]["messages"][1]["content"] == TEXT


def test_hallucinated_and_unknown_labels_are_dropped_and_counted(fake: FakeChat) -> None:
    fake.script = [
        fake.reply(
            [
                {"text": "Maria Schulz", "label": "PERSON"},
                {"text": "Köln", "label": "CITY"},
                {"text": "jonas  weber", "label": "person"},
            ]
        )
    ]
    teacher = LLMTeacher(client=client(fake))
    out = teacher.label([TEXT])[0]
    assert [TEXT[e.start : e.end] for e in out.spans] == ["Jonas Weber", "Jonas Weber"]
    assert teacher.stats["not_found"] == 1 and teacher.stats["unknown_label"] == 1


def test_malformed_json_is_retried_once_then_fails(fake: FakeChat) -> None:
    fake.script = [
        ("reply", "Sure! Here are the entities: Jonas"),
        fake.reply([{"text": "Köln", "label": "LOCATION"}]),
        ("reply", "not json"),
        ("reply", "{still not json"),
    ]
    teacher = LLMTeacher(client=client(fake), concurrency=1)
    first, second = teacher.label([TEXT, "Grüße aus Köln"])
    assert [TEXT[e.start : e.end] for e in first.spans] == ["Köln"]
    assert second.failed and second.spans == []
    assert "JSON" in fake.requests[1]["body"]["messages"][-1]["content"]
    assert teacher.stats["malformed_retried"] == 2 and teacher.stats["failed"] == 1


def test_retries_on_500_429_and_timeout_then_succeeds(fake: FakeChat) -> None:
    fake.script = [
        ("status", 500),
        ("status", 429),
        ("sleep", 0.5),
        fake.reply([{"text": "Köln", "label": "LOCATION"}]),
    ]
    c = client(fake, timeout=0.2)
    out = LLMTeacher(client=c).label([TEXT])[0]
    assert [TEXT[e.start : e.end] for e in out.spans] == ["Köln"]
    assert c.usage["retries"] == 3 and c.usage["requests"] == 4 and c.usage["failures"] == 0


def test_gives_up_after_max_retries(fake: FakeChat) -> None:
    fake.default = ("status", 503)
    c = client(fake, max_retries=2)
    with pytest.raises(ChatError, match="gave up after 3 attempts"):
        c.chat([{"role": "user", "content": "x"}])
    assert c.usage["failures"] == 1 and len(fake.requests) == 3
    teacher = LLMTeacher(client=c)
    assert teacher.label([TEXT])[0].failed


def test_client_error_is_not_retried(fake: FakeChat) -> None:
    fake.script = [("status", 401)]
    c = client(fake)
    with pytest.raises(ChatError, match="HTTP 401"):
        c.chat([{"role": "user", "content": "x"}])
    assert len(fake.requests) == 1


def test_cache_hit_on_rerun_and_usage(fake: FakeChat, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TL_TEST_KEY", "secret")
    fake.default = fake.reply([{"text": "Köln", "label": "LOCATION"}])
    first = LLMTeacher(client=client(fake, tmp_path, api_key_env="TL_TEST_KEY")).label([TEXT])
    assert fake.requests[0]["auth"] == "Bearer secret"
    c2 = ChatClient("http://127.0.0.1:9/v1", "test-model", cache_dir=tmp_path)  # other URL
    second = LLMTeacher(client=c2).label([TEXT])
    assert len(fake.requests) == 1
    assert first[0].spans == second[0].spans
    assert c2.usage == {
        "prompt_tokens": 0,
        "completion_tokens": 0,
        "requests": 0,
        "cache_hits": 1,
        "retries": 0,
        "failures": 0,
    }


def test_usage_accounting_with_concurrency(fake: FakeChat) -> None:
    fake.default = fake.reply([])
    c = client(fake)
    LLMTeacher(client=c, concurrency=3).label([f"Text {i}" for i in range(6)])
    assert c.usage["requests"] == 6 and c.usage["prompt_tokens"] == 60
    assert c.usage["completion_tokens"] == 18


def test_parse_reply_and_find_all() -> None:
    assert parse_reply('```json\n{"entities": [{"text": "a", "label": "ID"}]}\n```') == [
        {"text": "a", "label": "ID"}
    ]
    with pytest.raises(ValueError):
        parse_reply('{"entities": [{"text": 3}]}')
    assert find_all("Ann and Anna", "Ann") == [(0, 3)]  # not inside "Anna"
    assert find_all("call ANN\nLEE now", "Ann Lee") == [(5, 12)]
