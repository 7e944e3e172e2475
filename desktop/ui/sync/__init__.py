"""Sync and the hub's screens: the sync page, devices, the coverage page."""
