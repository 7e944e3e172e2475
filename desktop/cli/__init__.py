"""The scripting face of Netra: argparse commands over the same services as the GUI."""
