# Heat map of a two-parameter sweep (written by channelsim).
# Re-draw by hand from this directory:  gnuplot sweep-pair-heatmap.gp
# sweep-pair-heatmap.dat block 0: one row per cell (x, y positions from 0, mean raw, label); block 1: the target contour's segments.

set terminal pngcairo size 900,560 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'sweep-pair-heatmap.png'
data = 'sweep-pair-heatmap.dat'

set title "pair: chat.sl_offered\nover teams.web.headcount × teams.web.concurrency\nmean over replications in each cell\nblack line: boundary of chat.sl(60s) >= 0.8 (the mean meets it on one side only)" font ',12'
set border 15 lw 1 lc rgb '#505050'
set tics out scale 0.5 nomirror
set xrange [-0.5:2.5]
set yrange [-0.5:2.5]
set xtics ('1' 0, '2' 1, '3' 2)
set ytics ('4' 0, '5' 1, '6' 2)
set xlabel 'teams.web.concurrency'
set ylabel 'teams.web.headcount'
set palette defined (0 '#d73027', 0.5 '#fee08b', 1 '#1a9850')
set cbrange [20:85]
set cblabel 'chat.sl_offered'
set format cb '%g%%'
set style fill solid 1.0 noborder
set key outside bottom center horizontal samplen 3
plot data index 0 using 1:2:(0.5):(0.5):($3*100) with boxxyerror fc palette notitle, \
     '' index 0 using 1:2:4 with labels font ',10' tc rgb '#202020' notitle, \
     '' index 1 using 1:2:3:4 with vectors nohead lw 4 lc rgb 'black' title 'chat.sl(60s) >= 0.8 (boundary)'
unset output
