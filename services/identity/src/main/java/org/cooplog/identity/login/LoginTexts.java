package org.cooplog.identity.login;

/** The words of the login page in one language; {@code locked} takes the minutes left to wait. */
record LoginTexts(
        String lang,
        String title,
        String heading,
        String username,
        String password,
        String submit,
        String failed,
        String locked,
        String signedOut,
        String switchTo,
        String switchLang) {

    static final LoginTexts VIETNAMESE = new LoginTexts(
            "vi",
            "Đăng nhập — Nhật ký hợp tác quốc tế",
            "Đăng nhập",
            "Tên đăng nhập",
            "Mật khẩu",
            "Đăng nhập",
            "Tên đăng nhập hoặc mật khẩu không đúng.",
            "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau %d phút.",
            "Bạn đã đăng xuất.",
            "English",
            "en");

    static final LoginTexts ENGLISH = new LoginTexts(
            "en",
            "Sign in — Cooperation Log",
            "Sign in",
            "User name",
            "Password",
            "Sign in",
            "The user name or password is wrong.",
            "This account is temporarily locked after repeated failed sign-ins. Try again in %d minutes.",
            "You have signed out.",
            "Tiếng Việt",
            "vi");

    static LoginTexts of(String lang) {
        return "en".equalsIgnoreCase(lang) ? ENGLISH : VIETNAMESE;
    }
}
