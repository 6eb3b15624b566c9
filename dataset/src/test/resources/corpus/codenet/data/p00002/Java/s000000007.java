public class Main { public static void main(String[] a) { java.util.Arrays.sort(new int[]{3, 1}); } }
