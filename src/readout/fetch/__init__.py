"""Reading the web: a polite HTTP client, RSS/Atom feeds, fetched pages, feed watching.

 - `client`  the one network seam: GET with retries, robots.txt, rate limit, size limit
 - `robots`  robots.txt rules per site
 - `feeds`   feed bytes to items (feedparser, never given a URL)
 - `pages`   fetched pages to Documents (the HTML source), feed dates checked
 - `follow`  poll a feed and ingest its new items; ingest URLs
 - `watch`   poll feeds on a schedule until stopped
"""
