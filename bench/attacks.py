#!/usr/bin/env python3
"""Replays the attacks of issue 12 against a running portal (127.0.0.1 only) and counts how many got through.

Run through bench/attacks.sh, which starts a fresh portal with demo data. Standard library only.
Every line of the result names an attack, how many attempts were made and how many were bypassed (must be 0).
"""
import functools
import html.parser
import http.client
import http.cookiejar
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

BASE = os.environ.get("BASE", "http://127.0.0.1:8086")
assert re.match(r"^http://(127\.0\.0\.1|localhost)(:\d+)?$", BASE), "attacks run against 127.0.0.1 only"
PASSWORD = "Demo-I4-Impact!"
APPLICANT, SECRETARY, ADMIN = "donvi@demo.i4impact.vn", "thuky@demo.i4impact.vn", "bantochuc@demo.i4impact.vn"
# the defaults of application.properties (portal.rate-limit.rules.*): (requests, period in seconds); override with
# e.g. LOGIN_PER_CLIENT=60/600 when the app runs with other limits
def limit(name, default):
    requests, period = os.environ.get(name, default).split("/")
    return int(requests), int(period)


LIMITS = {
    "login.per-client": limit("LOGIN_PER_CLIENT", "30/600"),
    "login.per-target": limit("LOGIN_PER_TARGET", "20/900"),
    "register.per-client": limit("REGISTER_PER_CLIENT", "10/3600"),
    "resend.per-target": limit("RESEND_PER_TARGET", "3/3600"),
    "forgot.per-target": limit("FORGOT_PER_TARGET", "3/3600"),
    "consent.per-target": limit("CONSENT_PER_TARGET", "10/3600"),
    "upload.per-target": limit("UPLOAD_PER_TARGET", "60/600"),
}
JUNK = "\x00\x01\x1b\x7f"
FORMAT_CHARS = "\u202e\u2066\u200f\u200b\ufeff"
results = []  # (attack, attempts, bypassed, note)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FromAddress(urllib.request.HTTPHandler):
    """Connects from a given loopback address (Linux routes all of 127.0.0.0/8 to lo): a real, distinct client."""

    def __init__(self, source):
        super().__init__()
        self.source = source

    def http_open(self, req):
        return self.do_open(functools.partial(http.client.HTTPConnection, source_address=(self.source, 0)), req)


class Client:
    """A browser of sorts: its own cookies and client address, no redirects followed (the status is what counts)."""

    def __init__(self, lang=None, source="127.0.0.1"):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(FromAddress(source), urllib.request.HTTPCookieProcessor(self.jar),
                                                  NoRedirect())
        if lang:
            self.get("/?lang=" + lang)

    def request(self, method, path, data=None, headers=None, body=None, content_type=None):
        # what a browser sends: without it Boot's error handling answers JSON instead of the 429 page
        headers = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8", **(headers or {})}
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            content_type = "application/x-www-form-urlencoded"
        if content_type:
            headers["Content-Type"] = content_type
        req = urllib.request.Request(BASE + path, data=body, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=120) as r:
                return r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def csrf(self, path="/login"):
        m = re.search(r'name="_csrf" value="([^"]+)"', self.get(path)[2])
        return m.group(1) if m else ""

    def post(self, path, fields, headers=None, page=None):
        data = list(fields.items()) if isinstance(fields, dict) else list(fields)
        if not any(k == "_csrf" for k, _ in data):
            data.append(("_csrf", self.csrf(page or path)))
        return self.request("POST", path, data=data, headers=headers)

    def upload(self, path, fields, file_field, file_name, content, page):
        boundary = "----attacks" + uuid.uuid4().hex
        parts = []
        fields = dict(fields, _csrf=self.csrf(page))
        for k, v in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                     f'Content-Type: application/pdf\r\n\r\n'.encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, body=b"".join(parts), content_type="multipart/form-data; boundary=" + boundary)

    def login(self, email, password=PASSWORD):
        status, headers, _ = self.post("/login", {"email": email, "password": password})
        return headers.get("Location", "") if status == 302 else f"status {status}"


class Forms(html.parser.HTMLParser):
    """Every POST form of a page with its fields and their current values."""

    def __init__(self):
        super().__init__()
        self.forms, self.current, self.textarea, self.select = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method", "get").lower() == "post":
            self.current = {"action": a.get("action", ""), "fields": [], "multipart": "multipart" in a.get("enctype", "")}
            self.forms.append(self.current)
        elif self.current is None:
            return
        elif tag == "input" and a.get("name"):
            t = a.get("type", "text")
            if t in ("checkbox", "radio") and "checked" not in a and t == "radio":
                if any(n == a["name"] for n, _, _ in self.current["fields"]):
                    return
            if t in ("file", "submit", "button", "image", "reset"):
                return
            if t == "checkbox" and "checked" not in a:
                return
            self.current["fields"].append((a["name"], a.get("value", "") or "", t))
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None and a.get("value"):
            if self.select[1] is None or "selected" in a:
                self.select[1] = a["value"]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea is not None and self.current is not None:
            self.current["fields"].append((self.textarea[0], self.textarea[1], "textarea"))
            self.textarea = None
        elif tag == "select" and self.select is not None and self.current is not None:
            self.current["fields"].append((self.select[0], self.select[1] or "", "select"))
            self.select = None
        elif tag == "form":
            self.current = None


def forms(page_html):
    p = Forms()
    p.feed(page_html)
    return p.forms


PLAUSIBLE = {"email": lambda: f"attack-{uuid.uuid4().hex[:8]}@example.com", "tel": lambda: "0912345678",
             "url": lambda: "https://example.com", "date": lambda: time.strftime("%Y-%m-%d", time.localtime(time.time() + 5 * 86400))}


def dirty(value):
    return value[:1] + JUNK + value[1:] if value else "Nội dung" + JUNK + " thử"


def nul_attack(client, page, skip=()):
    """Posts every POST form of the page with control characters in every field; a 5xx is a bypass."""
    status, _, body = client.get(page)
    attempts = bypassed = fields_tested = 0
    for form in forms(body):
        action = form["action"] or page
        if form["multipart"] or any(s in action for s in skip):
            continue
        data = []
        for name, value, kind in form["fields"]:
            if name == "_csrf":
                data.append((name, value))
                continue
            if not value and kind in PLAUSIBLE:
                value = PLAUSIBLE[kind]()
            if kind == "password":
                value = "mot cau mat khau rat dai 2026"
            data.append((name, dirty(value)))
            fields_tested += 1
        s, _, _ = client.request("POST", action, data=data)
        attempts += 1
        if s >= 500:
            bypassed += 1
            print(f"  500 from {action} ({page})", file=sys.stderr)
    return attempts, bypassed, fields_tested


def record(attack, attempts, bypassed, note=""):
    results.append((attack, attempts, bypassed, note))
    print(f"{attack:<58} attempts {attempts:>4}  bypassed {bypassed:>3}  {note}", flush=True)


def first(pattern, text, default=None):
    m = re.search(pattern, text)
    return m.group(1) if m else default


def pdf(n=1500):
    body = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + b"%" + b"x" * n + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return body


def forged_host():
    forged = [{"Host": "attacker.example"}, {"X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https"},
              {"Host": "attacker.example", "X-Forwarded-Host": "attacker.example", "X-Forwarded-For": "127.0.0.1",
               "Forwarded": "host=attacker.example;proto=https"}]
    admin = Client()
    admin.login(ADMIN)
    bypassed = 0
    for i, headers in enumerate(forged):
        anon = Client(source=f"127.0.9.{i + 1}")
        token = anon.csrf("/forgot-password")
        anon.request("POST", "/forgot-password", data={"email": ADMIN, "_csrf": token}, headers=headers)
    time.sleep(0.5)
    _, _, outbox = admin.get("/admin/outbox")
    links = re.findall(r'class="mail-link" href="([^"]+reset-password[^"]*)"', outbox)[:len(forged)]
    for link in links:
        if "attacker" in link or not link.startswith(("http://localhost", "http://127.0.0.1")):
            bypassed += 1
    if len(links) < len(forged):
        print(f"  only {len(links)} reset mails found in the outbox", file=sys.stderr)
    record("forged Host / X-Forwarded-Host on forgot-password", len(forged), bypassed,
           f"links: {sorted(set(re.sub(r'token=.*', 'token=…', l) for l in links))}")


def nul_everywhere():
    anon = Client()
    total = [0, 0, 0]

    def add(r):
        for i in range(3):
            total[i] += r[i]

    for page in ("/register", "/login", "/forgot-password"):
        add(nul_attack(Client(), page))
    # resend and consent and reset with a control character in the link itself
    for path, fields in (("/register/resend", {"email": dirty("x@example.com")}),
                         ("/consent", {"token": dirty("abc"), "answer": dirty("agree")}),
                         ("/reset-password", {"token": dirty("abc"), "password": dirty("mot cau rat dai 2026"),
                                              "passwordConfirm": dirty("mot cau rat dai 2026")})):
        s, _, _ = anon.post(path, fields, page="/login")
        add((1, 1 if s >= 500 else 0, len(fields)))
    applicant = Client()
    applicant.login(APPLICANT)
    draft = new_draft(applicant)
    for page in ("/account", "/my/organization", "/my/nominations/new", f"/my/nominations/{draft}"):
        add(nul_attack(applicant, page, skip=("logout", "withdraw", "delete", "remove", "/files")))
    secretary = Client()
    secretary.login(SECRETARY)
    _, _, queue = secretary.get("/secretariat/nominations")
    dossier = first(r'href="/secretariat/nominations/(\d+)"', queue)
    for page in (f"/secretariat/nominations/{dossier}", f"/secretariat/nominations/{dossier}/extension"):
        add(nul_attack(secretary, page, skip=("logout", "/eligible", "/move", "/release", "bulk")))
    s, _, _ = secretary.get("/secretariat/nominations?q=" + urllib.parse.quote(dirty("Hà Nội")))
    add((1, 1 if s >= 500 else 0, 1))
    admin = Client()
    admin.login(ADMIN)
    for page in ("/admin/users",):
        add(nul_attack(admin, page, skip=("logout", "deactivate", "roles", "reset")))
    record("NUL and other control characters in every text field", total[0], total[1],
           f"{total[2]} fields in {total[0]} forms")
    return applicant, draft


def new_draft(applicant):
    _, _, page = applicant.get("/my/nominations/new")
    award = first(r'name="award"[^>]*value="(\d+)"', page) or first(r'<option value="(\d+)"', page)
    kinds = re.findall(r'name="kind"[^>]*value="(\w+)"', page)
    s, h, _ = applicant.post("/my/nominations/new", {"award": award, "kind": "SELF" if "SELF" in kinds else "OTHER",
                                                     "nomineeName": "Công ty Thử nghiệm", "nomineeType": "ENTERPRISE",
                                                     "organisation": "Công ty Thử nghiệm",
                                                     "email": "nominee@example.com"})
    m = re.search(r"/my/nominations/(\d+)", h.get("Location", "") or "")
    if not m:
        _, _, mine = applicant.get("/my/nominations")
        return first(r'href="/my/nominations/(\d+)"', mine)
    return m.group(1)


def bidi_names(applicant, draft):
    page = f"/my/nominations/{draft}"
    _, _, form = applicant.get(page)
    question = first(r'name="questionId" value="(\d+)"', form)
    names = [f"Báo cáo{c}fdp.exe.pdf" for c in FORMAT_CHARS]
    for name in names:
        applicant.upload(page + "/files", {"questionId": question}, "file", name, pdf(), page)
    _, _, after = applicant.get(page)
    shown = sum(after.count(c) for c in FORMAT_CHARS)
    listed = after.count("Báo cáofdp.exe.pdf")
    record("bidi / format characters in uploaded file names", len(names), min(len(names), shown),
           f"{listed} shown cleaned as 'Báo cáofdp.exe.pdf'")


def limit_attack(name, rule, send, spoof=False):
    """Sends until refused. The buckets refill evenly, so while the attack runs the limit grows by elapsed x rate:
    requests accepted beyond that are bypasses. With spoof, 5 more requests with forged client headers must be refused."""
    capacity, period = rule
    start, accepted, attempts, first_429, before_429 = time.time(), 0, 0, None, None
    while True:
        s, h, body = send(attempts, None)
        attempts += 1
        allowed = capacity + int((time.time() - start) * capacity / period)
        if s == 429:
            first_429, before_429 = (h, body), accepted
            break
        accepted += 1
        if accepted > allowed:
            break
    bypassed = max(0, accepted - allowed)
    if spoof:
        spoof_start, spoof_accepted = time.time(), 0
        for i in range(5):
            s, h, _ = send(attempts, {"X-Forwarded-For": f"203.0.113.{i + 1}", "X-Real-IP": f"203.0.113.{i + 1}"})
            attempts += 1
            spoof_accepted += s != 429
        # a token that refilled meanwhile is not a bypass
        bypassed += max(0, spoof_accepted - int((time.time() - spoof_start) * capacity / period))
    note = "never refused!"
    if first_429:
        h, body = first_429
        note = f"429 after {before_429} accepted (limit {capacity}/{period}s), Retry-After {h.get('Retry-After')} s"
        if "Bạn đã thao tác quá nhiều lần" not in body:
            note += " (429 page missing!)"
            bypassed += 1
    record(f"rate limit: {name}", attempts, bypassed, note)
    return first_429


def rate_limits(applicant, draft):
    victim = f"victim-{uuid.uuid4().hex[:8]}@example.com"
    # per target: every attempt from another client address
    limit_attack("forgot-password, one address, many clients", LIMITS["forgot.per-target"],
                 lambda i, h: Client(source=f"127.0.1.{i + 1}").post("/forgot-password", {"email": victim}, headers=h),
                 spoof=True)
    en = Client(lang="en", source="127.0.1.200")
    s, h, body = en.post("/forgot-password", {"email": victim})
    record("429 page in English (lang cookie)", 1, 0 if s == 429 and "Too many attempts" in body else 1,
           f"status {s}, Retry-After {h.get('Retry-After')}")
    limit_attack("resend confirmation, one address, many clients", LIMITS["resend.per-target"],
                 lambda i, h: Client(source=f"127.0.2.{i + 1}").post("/register/resend", {"email": victim}, headers=h,
                                                                     page="/login"))
    register = Client(source="127.0.3.1")

    def registration(i, h):
        return register.post("/register", {"unitName": f"Công ty Spam {i}", "unitType": "ENTERPRISE",
                                           "provinceCode": "hai-phong", "taxCode": "0100109106",
                                           "fullName": "Spam", "position": "Spam", "phone": "0912345678",
                                           "email": f"spam-{uuid.uuid4().hex[:10]}@example.com",
                                           "password": "nuoc sach cho moi nha 2026",
                                           "passwordConfirm": "nuoc sach cho moi nha 2026", "consent": "true"},
                             headers=h)
    limit_attack("registrations from one client (+ forged X-Forwarded-For)", LIMITS["register.per-client"],
                 registration, spoof=True)
    target = f"target-{uuid.uuid4().hex[:8]}@example.com"
    limit_attack("logins to one address from many clients (ceiling)", LIMITS["login.per-target"],
                 lambda i, h: Client(source=f"127.0.4.{i + 1}").post("/login", {"email": target,
                                                                              "password": f"guess {i}"}, headers=h))
    sprayer = "127.0.5.1"
    limit_attack("password spraying from one client (+ forged XFF)", LIMITS["login.per-client"],
                 lambda i, h: Client(source=sprayer).post("/login", {"email": f"user{i}-{uuid.uuid4().hex[:6]}@example.com",
                                                                    "password": "Mua-xuan-2026!"}, headers=h), spoof=True)
    token = "forged-consent-" + uuid.uuid4().hex
    limit_attack("consent answers, one link, many clients", LIMITS["consent.per-target"],
                 lambda i, h: Client(source=f"127.0.6.{i + 1}").post("/consent", {"token": token, "answer": "agree"},
                                                                     headers=h, page="/login"))
    page = f"/my/nominations/{draft}"
    _, _, form = applicant.get(page)
    question = first(r'name="questionId" value="(\d+)"', form)
    token = applicant.csrf(page)

    def upload(i, h):
        boundary = "----attacks" + uuid.uuid4().hex
        body = (f'--{boundary}\r\nContent-Disposition: form-data; name="questionId"\r\n\r\n{question}\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n{token}\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="f{i}.pdf"\r\n'
                f'Content-Type: application/pdf\r\n\r\n').encode() + pdf(200) + f"\r\n--{boundary}--\r\n".encode()
        return applicant.request("POST", page + "/files", body=body, headers=h,
                                 content_type="multipart/form-data; boundary=" + boundary)
    limit_attack("uploads to one dossier", LIMITS["upload.per-target"], upload)


def owner_not_locked_out():
    """Five bad passwords for the secretary's account from elsewhere must not lock the secretary out."""
    attacker = Client(source="127.0.7.1")
    waited = 0
    for i in range(6):
        attacker.post("/login", {"email": SECRETARY, "password": f"wrong {i}"})
        time.sleep(min(5 * 2 ** max(0, i - 2), 10) if i >= 2 else 0)  # past the slow-down pauses
    s, h, body = Client(source="127.0.7.1").post("/login", {"email": SECRETARY, "password": PASSWORD})
    attacker_in = s == 302 and "/login" not in h.get("Location", "")
    owner = Client(source="127.0.7.2").login(SECRETARY)
    record("5+ bad logins from elsewhere lock the owner out", 1, 0 if owner.endswith("/secretariat") else 1,
           f"owner -> {owner}; attacker with the right password -> {'in' if attacker_in else 'still refused'}")
    if attacker_in:
        results.append(("attacker with the right password after the lock", 1, 1, ""))


def main():
    start = time.time()
    forged_host()
    applicant, draft = nul_everywhere()
    bidi_names(applicant, draft)
    rate_limits(applicant, draft)
    owner_not_locked_out()
    attempts = sum(r[1] for r in results)
    bypassed = sum(r[2] for r in results)
    print(f"\nTOTAL attempts {attempts}, bypassed {bypassed} ({time.time() - start:.0f} s against {BASE})")
    sys.exit(1 if bypassed else 0)


if __name__ == "__main__":
    main()
