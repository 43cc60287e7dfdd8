# Staffing chart: head-count per interval and the service level it reaches (written by channelsim).
# Re-draw by hand from this directory:  gnuplot staff-web-team-day.gp
# staff-web-team-day.dat block 0: 1 interval, 2 web_formulas, 3 web_plan, 4 web_shifts, 5 voice_formulas, 6 voice_plan, 7 voice_shifts; blocks 1…: 1 interval, 2 mean, 3 low, 4 high (raw shares 0..1, shown in percent).

set terminal pngcairo size 1200,900 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'staff-web-team-day.png'
data = 'staff-web-team-day.dat'

set multiplot layout 2,1 title "web-team-day: staffing plan\ndashed: formulas (Erlang A / chat chain / workload) · solid: corrected by simulation · dotted: whole shifts" font ',13'
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set lmargin 10
set rmargin 3
set xrange [0:6]
set xtics ('08:00' 0, '08:30' 1, '09:00' 2, '09:30' 3, '10:00' 4, '10:30' 5)
set xlabel 'interval start (intervals of 30m)'
set key outside below center horizontal Left reverse samplen 2.5 width 2 font ',10'

# Panel: head-count.
set title 'agents per interval (scheduled head-count)' font ',12'
set ylabel 'agents'
set yrange [0:*]
set format y '%g'
plot data index 0 using 1:2 with steps dt 2 lw 2 lc rgb 0x4e79a7 title 'web formulas', \
     '' index 0 using 1:3 with steps lw 3 lc rgb 0x4e79a7 title 'web plan', \
     '' index 0 using 1:4 with steps dt 3 lw 2 lc rgb 0x4e79a7 title 'web shifts', \
     '' index 0 using 1:5 with steps dt 2 lw 2 lc rgb 0xf28e2b title 'voice formulas', \
     '' index 0 using 1:6 with steps lw 3 lc rgb 0xf28e2b title 'voice plan'

# Panel: service level.
set title 'service level with the plan (mean with 95% CI band)' font ',12'
set ylabel 'answered within threshold'
set format y '%g%%'
set yrange [70:100]
plot data index 1 using 1:($3*100):($4*100) with filledcurves lc rgb 0x59a14f fs transparent solid 0.2 notitle, \
     '' index 1 using 1:($2*100) with linespoints lw 2 pt 7 ps 0.6 lc rgb 0x59a14f title 'chat within 60s', \
     80 with lines dt 2 lw 2 lc rgb 0x59a14f title 'chat target 80%'

unset multiplot
unset output
