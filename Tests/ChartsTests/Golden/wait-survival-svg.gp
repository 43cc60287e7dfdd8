# Wait survival: P(wait > t) of contacts answered live, per channel (written by channelsim).
# Re-draw by hand from this directory:  gnuplot compare-bank-wait-survival.gp
# compare-bank-wait-survival.dat holds one block per channel and variant (plot ... index N), columns: 1 t_seconds, 2 mean, 3 low, 4 high.
# Values are raw shares 0..1 at thresholds in seconds, scaled here for display; NaN marks an undefined value.

set terminal svg size 1300,550 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'compare-bank-wait-survival.svg'
data = 'compare-bank-wait-survival.dat'

set multiplot layout 1,2 title "bank: wait distribution: share of contacts answered live that waited longer than t\nmean with 90% CI band · red cross: target" font ',13'
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set title font ',12'
set yrange [0:100]
set format y '%g%%'
set ylabel 'waited longer than t'
set key top right samplen 2 font ',10'

# Panel: chat.
set title 'chat'
set xlabel 'wait t (seconds)'
set xrange [0:120]
plot data index 0 using ($1*1):($3*100):($4*100) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.15 notitle, \
     '' index 0 using ($1*1):($2*100) with linespoints lw 2.5 pt 7 ps 0.7 lc rgb 0x4e79a7 title 'base', \
     data index 1 using ($1*1):($3*100):($4*100) with filledcurves lc rgb 0xf28e2b fs transparent solid 0.15 notitle, \
     '' index 1 using ($1*1):($2*100) with linespoints lw 2.5 pt 7 ps 0.7 lc rgb 0xf28e2b title 'more-agents', \
     '+' using (60):(10) every ::0::0 with points pt 2 ps 2.5 lw 3 lc rgb '#cb181d' title 'chat.wait_over_1m <= 10%'

# Panel: form.
set title 'form'
set xlabel 'wait t (hours)'
set xrange [0:24]
plot data index 2 using ($1*0.000277778):($3*100):($4*100) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.15 notitle, \
     '' index 2 using ($1*0.000277778):($2*100) with linespoints lw 2.5 pt 7 ps 0.7 lc rgb 0x4e79a7 title 'base'

unset multiplot
unset output
