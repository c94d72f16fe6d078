/*
 * Forms that must be sent once (a button with the class rd-once): the second click, or the Enter key again, is
 * ignored and the button is disabled while the page is sent. After Back the browser may show the page as it was
 * left (the back-forward cache): its buttons work again; the server refuses what was already done.
 */
(function () {
    "use strict";
    document.addEventListener("submit", function (event) {
        var button = event.submitter;
        var form = event.target;
        if (!button || !button.classList || !button.classList.contains("rd-once")) {
            return;
        }
        if (form.getAttribute("data-rd-sent")) {
            event.preventDefault();
            return;
        }
        form.setAttribute("data-rd-sent", "true");
        // disabled after the browser has read the button's name into the request, or the action would not run
        setTimeout(function () {
            button.disabled = true;
            button.classList.add("ui-state-disabled");
        }, 0);
    }, true);
    window.addEventListener("pageshow", function () {
        document.querySelectorAll("form[data-rd-sent]").forEach(function (form) {
            form.removeAttribute("data-rd-sent");
            form.querySelectorAll(".rd-once").forEach(function (button) {
                button.disabled = false;
                button.classList.remove("ui-state-disabled");
            });
        });
        // an ajax button whose answer was a redirect keeps its spinner (PrimeFaces leaves it loading for the next
        // page); shown again after Back, it works again
        if (window.PrimeFaces && window.jQuery) {
            document.querySelectorAll(".ui-state-loading[id]").forEach(function (button) {
                var widget = PrimeFaces.getWidgetById(button.id);
                if (widget) {
                    PrimeFaces.buttonEndAjaxDisabled(widget, window.jQuery(button));
                }
            });
        }
    });
})();

/*
 * Typed text is never lost silently (a text area with the class rd-draft): what is typed is kept in this browser
 * (localStorage, per page and field) until the page shows the field empty after the server took it; when the page is
 * opened again (after signing in again when the session had ended) the text comes back into the empty field.
 */
(function () {
    "use strict";
    var PREFIX = "redress.draft:";

    function key(field) {
        return PREFIX + location.pathname + location.search + "#" + field.id;
    }

    function store(field) {
        try {
            if (field.value) {
                localStorage.setItem(key(field), field.value);
            } else {
                localStorage.removeItem(key(field));
            }
        } catch (e) {
            // storage full or forbidden: nothing to keep then
        }
    }

    function restore() {
        document.querySelectorAll("textarea.rd-draft").forEach(function (field) {
            var draft = null;
            try {
                draft = localStorage.getItem(key(field));
            } catch (e) {
                return;
            }
            if (draft && !field.value) {
                field.value = draft;
                field.setAttribute("data-rd-restored", "true");
                // as typed: a characters-left counter counts the restored text too
                field.dispatchEvent(new Event("input", {bubbles: true}));
            }
        });
    }

    document.addEventListener("input", function (event) {
        if (event.target.matches && event.target.matches("textarea.rd-draft")) {
            store(event.target);
        }
    });
    document.addEventListener("DOMContentLoaded", function () {
        restore();
        // an ajax update renders the field anew: empty, the server took the text (sent); kept, it is still a draft.
        // When the session has ended nothing is rendered (the page goes to the sign-in page) and the draft stays.
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                change.addedNodes.forEach(function (node) {
                    if (node.nodeType !== 1) {
                        return;
                    }
                    var fields = node.matches("textarea.rd-draft") ? [node] : node.querySelectorAll("textarea.rd-draft");
                    fields.forEach(store);
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    });
})();

/*
 * "Use my browser's time zone" (a button with the class rd-browser-zone and data-rd-menu naming a selectOneMenu's
 * widget): chooses the browser's zone in the menu; the person still saves it.
 */
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest(".rd-browser-zone") : null;
        if (!button || !window.PF || !window.Intl) {
            return;
        }
        event.preventDefault();
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        var menu = PF(button.getAttribute("data-rd-menu"));
        if (zone && menu) {
            menu.selectValue(zone === "Etc/UTC" ? "UTC" : zone);
        }
    }, true);
})();
