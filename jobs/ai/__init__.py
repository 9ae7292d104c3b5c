"""AI providers behind one interface, the metering of every call, and the monthly budget."""
