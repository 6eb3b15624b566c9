public class Beta { int f() { return 2; } }
