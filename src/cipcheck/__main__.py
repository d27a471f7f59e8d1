from cipcheck.launch import main

main()
