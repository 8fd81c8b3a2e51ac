"""What every browser test shares: a phone's viewport, the test password, logging in on the site's own form."""

PHONE = {"width": 360, "height": 740}
PASSWORD = "pw-for-tests"


def login(page, base: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{base}/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():  # a successful login always redirects
        page.click("main button[type=submit]")
