# Concurrency trade-off: abandonment, reply delay and agents needed against chats per agent (written by channelsim).
# Re-draw by hand from this directory:  gnuplot sweep-c-concurrency.gp
# sweep-c-concurrency.dat blocks (plot ... index N): 0 queue abandonment, 1 mid-chat abandonment, 2 reply delay (s), 3 agents needed; raw values, NaN where undefined.

set terminal pngcairo size 1380,560 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'sweep-c-concurrency.png'
data = 'sweep-c-concurrency.dat'

set multiplot layout 1,3 title "concurrency-tradeoff: chat, the concurrency trade-off (teams.web.concurrency)\nmean with 95% CI band" font ',13'
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set title font ',12'
set bmargin 7
set xlabel 'chats per agent'
set xrange [0.82:4.18]
set xtics ('1' 1, '2' 2, '3' 3, '4' 4)
set key outside below center horizontal Left reverse samplen 2.5 width 1 font ',10'

# Panel: abandonment.
set title 'abandonment'
set yrange [0:*]
set format y '%g%%'
plot data index 0 using 1:($3*100):($4*100) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.2 notitle, \
     '' index 0 using 1:($2*100) with linespoints lw 2.5 pt 7 lc rgb 0x4e79a7 title 'in queue', \
     '' index 1 using 1:($2*100) with linespoints lw 2.5 pt 5 dt 2 lc rgb 0xe15759 title 'mid-chat (share of offered)', \
     5 with lines dt 2 lw 2 lc rgb '#606060' title 'target 5%'
unset label 1

# Panel: reply delay.
set title 'reply delay (mean)'
set yrange [0:*]
set format y '%g'
set ylabel 'seconds'
plot data index 2 using 1:($3*1):($4*1) with filledcurves lc rgb 0xf28e2b fs transparent solid 0.2 notitle, \
     '' index 2 using 1:($2*1) with linespoints lw 2.5 pt 7 lc rgb 0xf28e2b title 'agent reply delay'
unset ylabel

# Panel: agents needed.
set title "agents needed\nsmallest teams.web.headcount meeting every target"
set format y '%g'
set yrange [0:*]
plot data index 3 using 1:2 with linespoints lw 2.5 pt 7 lc rgb 0x59a14f notitle

unset multiplot
unset output
