public class Alpha { int f() { return 1; } }
