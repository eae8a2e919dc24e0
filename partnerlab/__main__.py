from partnerlab.cli import main

main()
