"""pytest wiring for this repository. The ratecert plugin itself is registered by the package's
`pytest11` entry point (`ratecert.plugin`), as it is for a vendor who installs ratecert, and each
pack's features load their own steps, so nothing is wired here."""
