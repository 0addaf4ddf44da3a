#pragma once

#include <QUrl>

// Which links from a portfolio file the app hands to the desktop: web pages and e-mail only, never
// file:, javascript: or a scheme some other program registered.
class LinkPolicy
{
public:
    static bool isOpenable(const QUrl &url);
};
