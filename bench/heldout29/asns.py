"""Autonomous systems of the Revontuli world: real ASNs with plausible (illustrative) prefixes.

Each row: asn, operator, country, kind, IPv4 prefixes, IPv6 /32-ish prefix or None.
kind: resi (fixed broadband), mobile (CGNAT), edu, cloud, vpn, swg (secure web gateway), relay.
"""

from __future__ import annotations

ASNS: list[tuple[int, str, str, str, list[str], str | None]] = [
    # Finland
    (719, "Elisa Oyj", "FI", "resi", ["84.248.0.0/14", "88.112.0.0/13", "91.152.0.0/14"], "2001:14ba::/32"),
    (1759, "Telia Finland", "FI", "resi", ["80.220.0.0/14", "81.197.0.0/16"], "2001:2003::/32"),
    (16086, "DNA Oyj", "FI", "resi", ["87.92.0.0/14", "37.33.0.0/16"], "2001:999::/32"),
    (719, "Elisa Oyj mobile", "FI", "mobile", ["176.72.0.0/16"], "2001:14bb::/32"),
    (16086, "DNA Oyj mobile", "FI", "mobile", ["85.76.0.0/16"], None),
    (1759, "Telia Finland mobile", "FI", "mobile", ["37.136.0.0/15"], None),
    # Sweden
    (3301, "Telia Sverige", "SE", "resi", ["78.64.0.0/12", "90.224.0.0/13"], "2001:2002::/32"),
    (39651, "Tele2 Sverige (Com Hem)", "SE", "resi", ["83.248.0.0/13"], "2a04:ae00::/32"),
    (8473, "Bahnhof", "SE", "resi", ["213.80.96.0/19", "85.24.128.0/17"], "2a00:801::/32"),
    (1257, "Tele2 Sverige mobile", "SE", "mobile", ["46.194.0.0/16"], None),
    (44034, "Hi3G Access (Tre)", "SE", "mobile", ["78.82.0.0/16"], None),
    (3301, "Telia Sverige mobile", "SE", "mobile", ["81.224.0.0/16"], None),
    # Norway
    (2119, "Telenor Norge", "NO", "resi", ["84.208.0.0/13", "85.164.0.0/14"], "2001:4600::/32"),
    (29695, "Altibox", "NO", "resi", ["81.166.0.0/16", "188.113.64.0/18"], "2a01:79c::/32"),
    (2119, "Telenor Norge mobile", "NO", "mobile", ["46.66.0.0/15"], None),
    (12929, "Telia Norge mobile", "NO", "mobile", ["37.191.128.0/17"], None),
    # Denmark
    (3292, "TDC Net", "DK", "resi", ["80.62.0.0/15", "87.48.0.0/13"], None),
    (9158, "Telenor Danmark", "DK", "resi", ["2.104.0.0/13"], None),
    (9158, "Telenor Danmark mobile", "DK", "mobile", ["5.186.0.0/16"], None),
    # Estonia
    (3249, "Telia Eesti", "EE", "resi", ["90.190.0.0/15", "84.50.0.0/16"], "2001:7d0::/32"),
    (2586, "Elisa Eesti", "EE", "resi", ["82.131.0.0/16"], None),
    (3249, "Telia Eesti mobile", "EE", "mobile", ["213.184.32.0/19"], None),
    (1229, "Tele2 Eesti mobile", "EE", "mobile", ["85.253.0.0/16"], None),
    # Latvia
    (5518, "Tet", "LV", "resi", ["85.254.0.0/16", "87.110.0.0/16"], None),
    (24921, "LMT mobile", "LV", "mobile", ["212.93.96.0/19"], None),
    (12578, "Tele2 Latvija mobile", "LV", "mobile", ["78.84.0.0/16"], None),
    (8194, "Bite Latvija mobile", "LV", "mobile", ["46.109.0.0/16"], None),
    # Lithuania
    (8764, "Telia Lietuva", "LT", "resi", ["78.56.0.0/14", "84.15.0.0/16"], None),
    (21062, "Cgates", "LT", "resi", ["88.222.128.0/17"], None),
    (13194, "Bite Lietuva mobile", "LT", "mobile", ["78.60.0.0/15"], None),
    (8764, "Telia Lietuva mobile", "LT", "mobile", ["86.100.0.0/16"], None),
    # Poland
    (5617, "Orange Polska", "PL", "resi", ["83.0.0.0/11"], "2a01:110f::/32"),
    (6830, "UPC Polska", "PL", "resi", ["89.64.0.0/13"], None),
    (39603, "P4 (Play) mobile", "PL", "mobile", ["37.248.0.0/14"], None),
    (12912, "T-Mobile Polska mobile", "PL", "mobile", ["31.174.0.0/16"], None),
    (5617, "Orange Polska mobile", "PL", "mobile", ["37.47.0.0/16"], None),
    # Germany / Netherlands (residential proxy exits)
    (3320, "Deutsche Telekom", "DE", "resi", ["79.192.0.0/10", "91.0.0.0/10"], "2003::/19"),
    (1136, "KPN", "NL", "resi", ["77.160.0.0/12"], None),
    # UK / US
    (2856, "BT", "UK", "resi", ["86.128.0.0/10", "81.128.0.0/12"], None),
    (5089, "Virgin Media", "UK", "resi", ["82.0.0.0/14"], None),
    (7922, "Comcast", "US-E", "resi", ["73.0.0.0/8", "98.192.0.0/10"], "2601::/20"),
    (701, "Verizon", "US-E", "resi", ["71.160.0.0/11"], None),
    (7018, "AT&T", "US-W", "resi", ["99.0.0.0/10"], None),
    (14593, "Starlink", "FI", "resi", ["98.97.0.0/16"], None),
    # Research and education networks (campus ranges under them, see places.py)
    (1741, "Funet (CSC)", "FI", "edu", ["128.214.0.0/16", "130.233.0.0/16", "130.230.0.0/16", "130.231.0.0/16"], "2001:708::/32"),
    (1653, "SUNET", "SE", "edu", ["130.237.0.0/16", "130.238.0.0/16", "130.235.0.0/16", "129.16.0.0/16"], "2001:6b0::/32"),
    (224, "Sikt (UNINETT)", "NO", "edu", ["129.240.0.0/16", "129.241.0.0/16", "129.177.0.0/16"], "2001:700::/32"),
    (1835, "DeiC", "DK", "edu", ["130.225.0.0/16", "192.38.64.0/18"], "2001:878::/32"),
    (3221, "EENet", "EE", "edu", ["193.40.0.0/16"], "2001:bb8::/32"),
    (5538, "SigmaNet", "LV", "edu", ["159.148.0.0/16"], None),
    (2847, "LITNET", "LT", "edu", ["158.129.0.0/16", "193.219.0.0/16"], None),
    (8501, "PIONIER / PSNC", "PL", "edu", ["150.254.0.0/16"], None),
    (786, "Jisc (Janet)", "UK", "edu", ["131.111.0.0/16", "129.67.0.0/16"], None),
    # Clouds
    (16509, "AWS eu-north-1", "SE", "cloud", ["13.48.0.0/15", "13.60.0.0/16", "16.16.0.0/16", "51.20.0.0/14"], "2a05:d016::/32"),
    (14618, "AWS us-east-1", "US-E", "cloud", ["3.80.0.0/12", "54.144.0.0/12"], None),
    (396982, "GCP europe-north1", "FI", "cloud", ["35.228.0.0/16", "34.88.0.0/16"], None),
    (8075, "Microsoft Azure", "SE", "cloud", ["20.91.0.0/16", "4.225.0.0/16", "4.175.0.0/16", "20.166.0.0/16", "172.201.0.0/16"], None),
    (24940, "Hetzner Helsinki", "FI", "cloud", ["65.21.0.0/16", "95.216.0.0/16", "135.181.0.0/16"], "2a01:4f9::/32"),
    (24940, "Hetzner Falkenstein", "DE", "cloud", ["88.198.0.0/16", "78.46.0.0/15", "136.243.0.0/16"], "2a01:4f8::/32"),
    (202053, "UpCloud Helsinki", "FI", "cloud", ["94.237.0.0/17"], "2a04:3540::/32"),
    (16276, "OVH", "PL", "cloud", ["51.68.0.0/16", "54.36.0.0/16", "145.239.0.0/16"], "2001:41d0::/32"),
    (14061, "DigitalOcean", "DE", "cloud", ["164.90.0.0/16", "161.35.0.0/16"], None),
    # VPN exits, secure web gateways, relays
    (39351, "31173 Services (Mullvad)", "SE", "vpn", ["193.138.218.0/24", "185.213.154.0/24", "185.65.134.0/24"], "2a03:1b20::/32"),
    (9009, "M247", "SE", "vpn", ["37.120.192.0/19", "146.70.0.0/16"], None),
    (60068, "Datacamp (CDN77)", "DE", "vpn", ["89.187.160.0/19", "156.146.32.0/19"], None),
    (62371, "Proton AG", "NO", "vpn", ["185.159.156.0/22", "149.88.96.0/19"], None),
    (62044, "Zscaler", "FI", "swg", ["165.225.0.0/17", "147.161.128.0/17"], None),
    (13335, "Cloudflare (iCloud Private Relay)", "FI", "relay", ["104.28.0.0/16"], "2a09:bac0::/32"),
    (36183, "Akamai (iCloud Private Relay)", "SE", "relay", ["172.224.0.0/16"], "2a02:26f7::/32"),
]
