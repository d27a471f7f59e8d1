from cipcheck.cli import main

main()
