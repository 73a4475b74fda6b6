"""Cleaning: the units a page is judged in, whatever its layout, their roles (title, body,
chrome ...), and the chrome that recurs across a site. See `layout`, `segment`, `site_chrome`."""
