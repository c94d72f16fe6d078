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
