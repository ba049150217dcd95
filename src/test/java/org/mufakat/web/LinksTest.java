package org.mufakat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void baseKeepsFiltersEncodedAndDropsBlanks() {
        assertEquals("/accounts?q=a+b%26c&", Links.base("/accounts", "q", "a b&c", "page", ""));
        assertEquals("/accounts?", Links.base("/accounts", "q", null));
    }

    @Test
    void onlyLocalPathsAreFollowedBack() {
        assertEquals("/constituencies?q=x", Links.safeLocal("/constituencies?q=x"));
        for (String unsafe : new String[] { null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
                "javascript:alert(1)", "/ok\r\nSet-Cookie: x=y" }) {
            assertEquals("/", Links.safeLocal(unsafe), String.valueOf(unsafe));
        }
    }
}
