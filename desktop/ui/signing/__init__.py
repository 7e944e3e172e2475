"""The apel's screens: the signing page, the kiosk, the signature pad, event dialogs, event kits, the projector."""
