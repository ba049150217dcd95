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
        assertEquals("/rounds/1?page=2#statements", Links.safeRedirect("/rounds/1?page=2#statements").toString());
        for (String unsafe : new String[] { null, "", "https://evil.example/", "//evil.example", "/\\evil.example",
                "javascript:alert(1)", "/ok\r\nSet-Cookie: x=y", "/a b", "/%zz", "/x?q=<1>", "/\u00e9t\u00e9\t" }) {
            assertEquals("/", Links.safeLocal(unsafe), String.valueOf(unsafe));
            assertEquals("/", Links.safeRedirect(unsafe).toString(), String.valueOf(unsafe));
        }
    }
}
